import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BOUNDARY_ATTRIBUTION, BOUNDARY_SOURCES } from '../index.ts';

const notice = readFileSync(new URL('../../DATA-NOTICE.md', import.meta.url), 'utf8');

describe('data notice', () => {
  test('credits each source as its licence asks (SOURCES.md of the boundary files; swiss-maps README)', () => {
    expect(BOUNDARY_SOURCES.map((source) => source.country)).toEqual(['FR', 'IT', 'CH']);
    // Licence Ouverte: name IGN; CC BY 4.0: credit ISTAT and Openpolis; swiss-maps: "Bundesamt für Statistik
    // (BFS), GEOSTAT".
    expect(BOUNDARY_ATTRIBUTION).toContain('IGN');
    expect(BOUNDARY_ATTRIBUTION).toContain('ISTAT');
    expect(BOUNDARY_ATTRIBUTION).toContain('Openpolis');
    expect(BOUNDARY_ATTRIBUTION).toContain('CC BY 4.0');
    expect(BOUNDARY_ATTRIBUTION).toContain('Bundesamt für Statistik (BFS), GEOSTAT');
  });

  test('DATA-NOTICE.md names every source, repository, licence and attribution of the exports', () => {
    for (const source of BOUNDARY_SOURCES) {
      for (const text of [
        source.producer.url,
        source.via.url,
        source.via.file,
        source.licence.url,
        source.attribution,
      ]) {
        expect(notice).toContain(text);
      }
    }
    expect(notice).toContain('pnpm --filter @mbi/geo generate');
  });
});
