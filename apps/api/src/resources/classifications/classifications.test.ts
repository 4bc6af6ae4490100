import { describe, expect, test } from 'vitest';
import { inMemoryApp } from '../../test-hooks';

const app = inMemoryApp();

describe('GET /v1/classifications/{code}', () => {
  test('NAF 43.31Z (plâtrerie) is renovation', async () => {
    const body = (await (await app.request('/v1/classifications/43.31Z')).json()) as {
      naceClass: string;
      filieres: { filiere: string }[];
      naceLabel: string;
    };
    expect(body.naceClass).toBe('43.31');
    expect(body.naceLabel).toBe('Travaux de plâtrerie');
    expect(body.filieres.map((f) => f.filiere)).toEqual(['renovation']);
  });

  test('answers in the reader’s language: the class title and why the class belongs to the filière', async () => {
    const read = async (lang: string) =>
      (await (await app.request(`/v1/classifications/43.31Z?lang=${lang}`)).json()) as {
        naceLabel: string;
        filieres: { rationale: string }[];
      };
    // Titles: BFS NOGA 2008 (class 4331) for de/it/en, INSEE NAF rév. 2 for fr. Rationales: the filière map
    // of @mbi/taxonomy, where each entry is written in the four languages.
    const de = await read('de');
    expect(de.naceLabel).toBe('Anbringen von Stuckaturen, Gipserei und Verputzerei');
    expect(de.filieres[0]?.rationale).toBe('Gipserarbeiten, bei Sanierungen wie bei Neubauten.');
    const it = await read('it');
    expect(it.naceLabel).toBe('Intonacatura');
    expect(it.filieres[0]?.rationale).toBe(
      'Intonacatura, nelle ristrutturazioni come nelle nuove costruzioni.',
    );
    expect((await read('en')).filieres[0]?.rationale).toBe('Plastering, in renovations as in new buildings.');
  });

  test('a 2025 code classifies like its 2008 predecessor (47.64 → 47.63)', async () => {
    const body = (await (await app.request('/v1/classifications/47.63?scheme=nace2025')).json()) as {
      filieres: { filiere: string }[];
    };
    expect(body.filieres.map((f) => f.filiere)).toEqual(['outdoor']);
  });

  test('not a code → 400, unknown code → 404, bad scheme → 400', async () => {
    expect((await app.request('/v1/classifications/hello')).status).toBe(400);
    expect((await app.request('/v1/classifications/43.35')).status).toBe(404);
    expect((await app.request('/v1/classifications/43.31?scheme=sic')).status).toBe(400);
  });
});
