import { describe, expect, it } from 'vitest';
import csv from '../../../data/noga2008-titles.csv?raw';
import { readNogaTitles, renderNogaModule } from '../../../scripts/render-noga.ts';
import { listNace } from '../nace.ts';
import committed from './noga2008-titles.ts?raw';

describe('generated NOGA 2008 titles', () => {
  it('is exactly what `pnpm run generate` writes from the committed data/noga2008-titles.csv', () => {
    expect(committed).toBe(renderNogaModule(csv));
  });

  it('reads the CSV as copied from the BFS extract (SHA-256 recorded in data/SOURCES.md)', async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(csv));
    const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('1ebe33e0181851583da86906fde896bf9ed6fae1886c655497edac6a11527c15');
  });

  it('covers the same 996 codes as the INSEE NAF rév. 2 list and the section table', () => {
    const nogaCodes = readNogaTitles(csv).map((row) => row.code);
    expect(new Set(nogaCodes)).toEqual(new Set(listNace().map((node) => node.code)));
  });

  it('differs from INSEE in 47 French titles, where the package keeps INSEE (README)', () => {
    const noga = new Map(readNogaTitles(csv).map((row) => [row.code, row.fr]));
    const differing = listNace().filter((node) => node.labels.fr !== noga.get(node.code));
    expect(differing).toHaveLength(47);
    const perLevel = Object.fromEntries(
      (['section', 'division', 'group', 'class'] as const).map((level) => [
        level,
        differing.filter((node) => node.level === level).length,
      ]),
    );
    expect(perLevel).toEqual({ section: 3, division: 9, group: 15, class: 20 });
    expect(differing.filter((node) => node.level === 'section').map((node) => node.code)).toEqual([
      'E',
      'G',
      'T',
    ]);
    // INSEE 85.41 "Enseignement post-secondaire non supérieur"; BFS 8541 "… non tertiaire".
    expect(differing.map((node) => node.code)).toContain('85.41');
    expect(noga.get('85.41')).toBe('Enseignement post-secondaire non tertiaire');
  });
});
