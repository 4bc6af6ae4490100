import { FILIERE_IDS, LOCALES } from '@mbi/domain';
import { describe, expect, it } from 'vitest';
import { FILIERE_MAP, FILIERE_MAP_VERSION } from './filiere-map.ts';
import { getNaceCode, getNafSubclass } from './nace.ts';

describe('FILIERE_MAP', () => {
  it('has a version of the form YYYY.N', () => {
    expect(FILIERE_MAP_VERSION).toMatch(/^\d{4}\.\d+$/);
  });

  it('uses only codes that exist in NACE Rev.2 / NAF rév. 2', () => {
    for (const entry of FILIERE_MAP) {
      expect(getNaceCode(entry.naceClass)?.level, entry.code).toBe('class');
      if (entry.scheme === 'nace') expect(entry.code).toBe(entry.naceClass);
      if (entry.scheme === 'naf')
        expect(getNafSubclass(entry.code)?.naceClass, entry.code).toBe(entry.naceClass);
      if (entry.scheme === 'ateco') expect(entry.code, entry.code).toMatch(/^\d{2}\.\d{2}\.\d{2}$/);
    }
  });

  it('lists each code at most once per filière', () => {
    const keys = FILIERE_MAP.map((e) => `${e.filiere}|${e.scheme}|${e.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers the three filières, each with core and partial codes', () => {
    for (const filiere of FILIERE_IDS) {
      const weights = new Set(FILIERE_MAP.filter((e) => e.filiere === filiere).map((e) => e.weight));
      expect([...weights].sort(), filiere).toEqual(['core', 'partial']);
    }
  });

  it('gives each entry a one-line English rationale', () => {
    for (const entry of FILIERE_MAP) {
      expect(entry.rationale, entry.code).toMatch(/^[A-Z].{20,120}\.$/);
      expect(entry.rationale).not.toContain('\n');
      expect(entry.rationales.en).toBe(entry.rationale);
    }
  });

  it('gives each entry a one-line rationale in fr, it, de and en, each its own translation', () => {
    for (const entry of FILIERE_MAP) {
      const label = `${entry.filiere} ${entry.code}`;
      expect(Object.keys(entry.rationales).sort(), label).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        expect(entry.rationales[locale], `${label} ${locale}`).toMatch(/^\p{Lu}[^\n]{20,160}\.$/u);
      }
      // Not an untranslated copy: French, Italian and German differ from English and from each other.
      expect(new Set(Object.values(entry.rationales)).size, label).toBe(4);
    }
  });

  it("reads the rationale in the reader's language", () => {
    const skiLifts = FILIERE_MAP.find((e) => e.code === '49.39C');
    // INSEE NAF rév. 2 49.39C "Téléphériques et remontées mécaniques".
    expect(skiLifts?.rationales.fr).toMatch(/^Téléphériques et remontées mécaniques/);
    expect(skiLifts?.rationales.it).toMatch(/impianti di risalita/);
    expect(skiLifts?.rationales.de).toMatch(/Skilifte/);
    expect(skiLifts?.rationales.en).toMatch(/ski lifts/);
  });

  it('puts a few codes in two filières', () => {
    const filieresOf = (code: string) =>
      FILIERE_MAP.filter((e) => e.code === code)
        .map((e) => e.filiere)
        .sort();
    expect(filieresOf('71.12')).toEqual(['outdoor', 'renovation']);
    expect(filieresOf('72.19')).toEqual(['outdoor', 'phyto']);
    expect(filieresOf('74.10')).toEqual(['outdoor', 'renovation']);
  });

  it('follows the brief where it is explicit', () => {
    const weightOf = (code: string, filiere: string) =>
      FILIERE_MAP.find((e) => e.code === code && e.filiere === filiere)?.weight;
    // Brief, "Classifications and identifiers": 47.64 is not mountain-specific; 41/43 mix new building and
    // renovation.
    expect(weightOf('47.64', 'outdoor')).toBe('partial');
    expect(weightOf('41.20', 'renovation')).toBe('partial');
    // INSEE NAF rév. 2: 49.39C = Téléphériques et remontées mécaniques (ski lifts), an outdoor core activity.
    expect(weightOf('49.39C', 'outdoor')).toBe('core');
    expect(weightOf('49.39A', 'outdoor')).toBeUndefined();
    expect(weightOf('49.39B', 'outdoor')).toBeUndefined();
    expect(weightOf('20.53', 'phyto')).toBe('core');
    expect(weightOf('96.04', 'phyto')).toBe('core');
  });

  it('puts ski boots in 32.30 sports goods, not in footwear or plastics', () => {
    // Eurostat, NACE Rev. 2 explanatory notes: 32.30 "Manufacture of sports goods" includes ski-boots; 15.20
    // "Manufacture of footwear" covers sports footwear other than ski boots.
    const rationaleOf = (code: string) => FILIERE_MAP.find((e) => e.code === code)?.rationale ?? '';
    expect(rationaleOf('32.30')).toMatch(/ski boots/);
    expect(rationaleOf('15.20')).toMatch(/ski boots are sports goods \(32\.30\)/);
    expect(rationaleOf('22.29')).not.toMatch(/ski[- ]boot/i);
    // The same in every language: ski boots named in 15.20 only to send them to 32.30.
    const footwear = FILIERE_MAP.find((e) => e.code === '15.20')?.rationales;
    expect(footwear?.fr).toMatch(/chaussures de ski sont des articles de sport \(32\.30\)/);
    expect(footwear?.it).toMatch(/scarponi da sci sono articoli sportivi \(32\.30\)/);
    expect(footwear?.de).toMatch(/Skischuhe zählen zu den Sportgeräten \(32\.30\)/);
    const plastics = FILIERE_MAP.find((e) => e.code === '22.29')?.rationales;
    expect(Object.values(plastics ?? {}).join(' ')).not.toMatch(/ski|Ski/);
    for (const entry of FILIERE_MAP) {
      if (entry.code !== '32.30' && /ski[- ]boot/i.test(entry.rationale)) {
        expect(entry.rationale, entry.code).toContain('32.30');
      }
    }
  });

  it('separates insulation from lift installation in 43.29 (INSEE NAF rév. 2 43.29A / 43.29B)', () => {
    // INSEE NAF rév. 2: 43.29A "Travaux d'isolation" (renovation core); 43.29B "Autres travaux d'installation
    // n.c.a.", which holds lift and escalator installation (not building renovation), has no entry. The class
    // as a whole mixes both: partial.
    const entriesOf = (code: string) =>
      FILIERE_MAP.filter((e) => e.code === code && e.filiere === 'renovation');
    expect(entriesOf('43.29').map((e) => e.weight)).toEqual(['partial']);
    expect(entriesOf('43.29A').map((e) => [e.scheme, e.weight])).toEqual([['naf', 'core']]);
    expect(entriesOf('43.29B')).toEqual([]);
    // ISTAT ATECO 2007: 43.29.02 insulation works (core); 43.29.01 lifts and escalators has no entry.
    expect(entriesOf('43.29.02').map((e) => [e.scheme, e.weight])).toEqual([['ateco', 'core']]);
    expect(entriesOf('43.29.01')).toEqual([]);
  });

  it('is version 2026.2 (43.29 partial, ski-boot notes corrected, rationales in four languages)', () => {
    expect(FILIERE_MAP_VERSION).toBe('2026.2');
  });
});
