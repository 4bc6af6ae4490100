import { MESSAGES } from '@mbi/i18n';
import { FILIERE_MAP, getLabel, getNafSubclass } from '@mbi/taxonomy';
import { describe, expect, test } from 'vitest';
import { inMemoryApp } from '../../test-hooks';
import { problemOf } from '../../testing';

interface Hit {
  system: string;
  code: string;
  level: string;
  title: string;
  titleLanguage: string;
  titleOfClass: boolean;
  naceClass: string | null;
  filieres: { filiere: string; weight: string; rationale: string; entry: string; note: string | null }[];
}
interface Page {
  items: Hit[];
  total: number;
  limit: number;
  offset: number;
}

const app = inMemoryApp();
const search = async (query: string, headers: Record<string, string> = {}) => {
  const response = await app.request(`/v1/nomenclature?${query}`, { headers });
  expect(response.status, query).toBe(200);
  return (await response.json()) as Page;
};

// Golden codes and titles: INSEE NAF rév. 2 (43.29A "Travaux d'isolation", 43.31 "Travaux de plâtrerie"),
// ISTAT ATECO 2007 (43.29.01 lift installation), BFS NOGA 2008 (432900), as `@mbi/taxonomy` holds them.
describe('searching codes', () => {
  test('a code in any notation comes first, exactly as its system writes it', async () => {
    for (const [query, system, code] of [
      ['q=43.29B', 'naf', '43.29B'],
      ['q=4329b', 'naf', '43.29B'],
      ['q=43.29', 'nace', '43.29'],
      ['q=4329', 'nace', '43.29'],
      ['q=43.29.01', 'ateco', '43.29.01'],
      ['q=43.29.02', 'ateco', '43.29.02'],
      ['q=F', 'nace', 'F'],
    ] as const) {
      const page = await search(query);
      expect(page.items[0], query).toMatchObject({ system, code });
    }
    // Six digits are ATECO without dots or NOGA: both are offered, and their class speaks for them.
    const both = await search('q=432900');
    expect(both.items.slice(0, 2).map((hit) => `${hit.system} ${hit.code}`)).toEqual([
      'ateco 43.29.00',
      'noga 432900',
    ]);
    expect(both.items[1]).toMatchObject({ naceClass: '43.29', titleOfClass: true });
  });

  test('a class is followed by the codes under it; `system` keeps one system', async () => {
    const page = await search('q=43.29&limit=10');
    expect(page.items.map((hit) => hit.code)).toEqual(['43.29', '43.29A', '43.29B', '43.29.02']);
    const naf = await search('q=43.29&system=naf');
    expect(naf.items.map((hit) => hit.code)).toEqual(['43.29A', '43.29B']);
  });
});

describe('searching titles', () => {
  test('in the reader’s language, ignoring accents and case, the title that starts with the words first', async () => {
    const plain = await search('q=platrerie', { 'Accept-Language': 'fr' });
    const accented = await search('q=PL%C3%82TRERIE&lang=fr');
    expect(plain.items.map((hit) => hit.code)).toEqual(accented.items.map((hit) => hit.code));
    expect(plain.items[0]).toMatchObject({ system: 'nace', code: '43.31', title: getLabel('43.31', 'fr') });
    const german = await search(`q=${encodeURIComponent(getLabel('43.31', 'de') ?? '')}&lang=de`);
    expect(german.items[0]).toMatchObject({ code: '43.31', titleLanguage: 'de' });
    // NAF sub-classes have French INSEE titles only, and say so.
    const insulation = await search('q=isolation&lang=en&system=naf');
    expect(insulation.items[0]).toMatchObject({
      code: '43.29A',
      title: getNafSubclass('43.29A')?.label,
      titleLanguage: 'fr',
    });
  });

  test('pages: limit, offset and the total', async () => {
    const first = await search('q=travaux&limit=2');
    const second = await search('q=travaux&limit=2&offset=2');
    expect(first.total).toBeGreaterThan(4);
    expect(second.total).toBe(first.total);
    expect(second.items.map((hit) => hit.code)).not.toContain(first.items[0]?.code);
    const everything = await search('limit=1');
    // 996 NACE codes and 732 NAF sub-classes (INSEE), plus the ATECO sub-categories of the filière map.
    expect(everything.total).toBe(996 + 732 + FILIERE_MAP.filter((entry) => entry.scheme === 'ateco').length);
  });
});

describe('filières of a hit', () => {
  test('core or partial, the rationale in the reader’s language, and a note where it matters', async () => {
    const isolation = await search('q=43.29A&lang=it');
    const core = FILIERE_MAP.find((entry) => entry.code === '43.29A');
    expect(isolation.items[0]?.filieres).toEqual([
      expect.objectContaining({
        filiere: 'renovation',
        weight: 'core',
        rationale: core?.rationales.it,
        entry: '43.29A',
        note: MESSAGES.it['nomenclature.note.national'].replace('{entry}', '43.29A'),
      }),
    ]);
    const lifts = await search('q=43.29B');
    expect(lifts.items[0]?.filieres).toEqual([]);
    const sport = await search('q=47.64&lang=en');
    expect(sport.items[0]?.filieres[0]).toMatchObject({ filiere: 'outdoor', weight: 'partial' });
    expect(sport.items[0]?.filieres[0]?.note).toContain(MESSAGES.en['nomenclature.note.partial']);
    const cableways = await search('q=49.39&lang=en');
    expect(cableways.items[0]?.filieres[0]?.note).toContain('49.39C');
  });
});

describe('one code', () => {
  test('its parents, children, filières and its 2025 correspondence', async () => {
    const response = await app.request('/v1/nomenclature/nace/47.64?lang=en');
    expect(response.status).toBe(200);
    const entry = (await response.json()) as Hit & {
      parents: { code: string }[];
      children: { code: string; system: string }[];
      correspondence: { rev2: string; rev21: { code: string; filieres: { filiere: string }[] }[] }[];
    };
    expect(entry.parents.map((parent) => parent.code)).toEqual(['G', '47', '47.6']);
    expect(entry.children).toEqual([expect.objectContaining({ system: 'naf', code: '47.64Z' })]);
    // BRIEF.md: 47.64 sports goods retail becomes 47.63 in NACE Rev.2.1.
    expect(entry.correspondence).toEqual([
      expect.objectContaining({
        rev2: '47.64',
        rev21: [
          expect.objectContaining({ code: '47.63', filieres: [{ filiere: 'outdoor', weight: 'partial' }] }),
        ],
      }),
    ]);
    const subclass = (await (await app.request('/v1/nomenclature/naf/4329A')).json()) as {
      code: string;
      parents: { code: string }[];
      children: unknown[];
      correspondence: { rev2: string }[];
    };
    expect(subclass.code).toBe('43.29A');
    expect(subclass.parents.map((parent) => parent.code)).toEqual(['F', '43', '43.2', '43.29']);
    expect(subclass.children).toEqual([]);
    expect(subclass.correspondence.map((row) => row.rev2)).toContain('43.29');
    const section = (await (await app.request('/v1/nomenclature/nace/F')).json()) as {
      children: { code: string }[];
    };
    expect(section.children.map((child) => child.code)).toEqual(['41', '42', '43']);
    // NOGA writes a class as four digits: the class itself.
    const noga = await app.request('/v1/nomenclature/noga/4329');
    expect(((await noga.json()) as { code: string }).code).toBe('43.29');
  });

  test('an unknown code is a 404 in the reader’s language; an unknown system a 400', async () => {
    const unknown = await app.request('/v1/nomenclature/nace/43.35?lang=de');
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).detail).toBe('Die Nomenklatur nace hat keinen Code 43.35.');
    const system = await app.request('/v1/nomenclature/sic/43.29');
    expect(system.status).toBe(400);
    expect((await problemOf(system)).errors).toEqual([expect.objectContaining({ field: 'path.system' })]);
  });
});

test('answers carry an ETag of the data version and language, and revalidate to 304', async () => {
  const first = await app.request('/v1/nomenclature?q=43.29', { headers: { 'Accept-Language': 'it' } });
  const etag = first.headers.get('etag') ?? '';
  expect(etag).toMatch(/^"nomenclature\.[\w.]+\.it"$/);
  expect(first.headers.get('content-language')).toBe('it');
  const again = await app.request('/v1/nomenclature?q=43.29', {
    headers: { 'Accept-Language': 'it', 'If-None-Match': etag },
  });
  expect(again.status).toBe(304);
  const other = await app.request('/v1/nomenclature?q=43.29', {
    headers: { 'Accept-Language': 'fr', 'If-None-Match': etag },
  });
  expect(other.status).toBe(200);
  const hostile = await app.request(`/v1/nomenclature?q=${encodeURIComponent('x'.repeat(101))}`);
  expect(hostile.status).toBe(400);
});
