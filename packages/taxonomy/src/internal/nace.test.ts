import { describe, expect, it } from 'vitest';
import { FILIERE_MAP } from './filiere-map.ts';
import { getLabel, getNaceCode, getNafSubclass, listNace, listNafSubclasses } from './nace.ts';

describe('NACE Rev.2 hierarchy', () => {
  // Counts: Regulation (EC) No 1893/2006, Annex I (21 sections, 88 divisions, 272 groups, 615 classes);
  // INSEE NAF rév. 2 adds 732 sub-classes.
  it('has 21 sections, 88 divisions, 272 groups and 615 classes', () => {
    expect(listNace('section')).toHaveLength(21);
    expect(listNace('division')).toHaveLength(88);
    expect(listNace('group')).toHaveLength(272);
    expect(listNace('class')).toHaveLength(615);
    expect(listNace()).toHaveLength(21 + 88 + 272 + 615);
  });

  it('has the 732 NAF rév. 2 sub-classes', () => {
    expect(listNafSubclasses()).toHaveLength(732);
  });

  it('links every class to an existing group and division of the same section', () => {
    for (const node of listNace('class')) {
      if (node.level !== 'class') throw new Error('listNace(class) returned another level');
      const group = getNaceCode(node.group);
      const division = getNaceCode(node.division);
      expect(group?.level, node.code).toBe('group');
      expect(division?.level, node.code).toBe('division');
      expect(node.parent).toBe(node.group);
      expect(node.code.startsWith(node.group)).toBe(true);
      expect(group?.level === 'group' && group.section).toBe(node.section);
    }
  });

  it('links every group to an existing division', () => {
    for (const node of listNace('group')) {
      expect(getNaceCode(node.parent ?? '')?.level, node.code).toBe('division');
    }
  });

  it('puts every division in exactly one section, whose range covers it', () => {
    const sections = listNace('section');
    for (const division of listNace('division')) {
      const covering = sections.filter(
        (s) =>
          s.level === 'section' && s.divisionRange[0] <= division.code && division.code <= s.divisionRange[1],
      );
      expect(
        covering.map((s) => s.code),
        division.code,
      ).toEqual([division.parent]);
    }
  });

  it('gives the section ranges of NACE Rev.2 (Regulation (EC) No 1893/2006)', () => {
    const ranges = Object.fromEntries(
      listNace('section').map((s) => [s.code, s.level === 'section' ? s.divisionRange.join('-') : '']),
    );
    expect(ranges).toEqual({
      A: '01-03',
      B: '05-09',
      C: '10-33',
      D: '35-35',
      E: '36-39',
      F: '41-43',
      G: '45-47',
      H: '49-53',
      I: '55-56',
      J: '58-63',
      K: '64-66',
      L: '68-68',
      M: '69-75',
      N: '77-82',
      O: '84-84',
      P: '85-85',
      Q: '86-88',
      R: '90-93',
      S: '94-96',
      T: '97-98',
      U: '99-99',
    });
  });

  it('links every NAF sub-class to an existing class', () => {
    for (const sub of listNafSubclasses()) {
      expect(getNaceCode(sub.naceClass)?.level, sub.code).toBe('class');
    }
  });
});

describe('titles', () => {
  it('reads INSEE NAF rév. 2 French titles', () => {
    // INSEE NAF rév. 2: 43.31Z = Travaux de plâtrerie; 49.39C = Téléphériques et remontées mécaniques.
    expect(getNaceCode('43.31')?.labels.fr).toBe('Travaux de plâtrerie');
    expect(getNafSubclass('49.39C')?.label).toBe('Téléphériques et remontées mécaniques');
    expect(getNaceCode('43.3')?.labels.fr).toBe('Travaux de finition');
    expect(getNaceCode('F')?.labels.fr).toBe('Construction');
  });

  it('gives sections in four languages (Eurostat EN, INSEE FR, ISTAT ATECO 2007 IT, Destatis WZ 2008 DE)', () => {
    expect(getNaceCode('I')?.labels).toEqual({
      fr: 'Hébergement et restauration',
      en: 'Accommodation and food service activities',
      it: 'Attività dei servizi di alloggio e di ristorazione',
      de: 'Gastgewerbe',
    });
  });

  it('gives every division and every mapped class English, Italian and German titles', () => {
    const mapped = new Set(FILIERE_MAP.map((e) => e.naceClass));
    for (const node of [...listNace('division'), ...listNace('class').filter((c) => mapped.has(c.code))]) {
      expect(node.labels.en, node.code).toBeTruthy();
      expect(node.labels.it, node.code).toBeTruthy();
      expect(node.labels.de, node.code).toBeTruthy();
    }
  });

  it('reads official titles in each language', () => {
    // Eurostat NACE Rev.2 EN: 32.30 Manufacture of sports goods; ATECO 2007: 32.30 Fabbricazione di articoli
    // sportivi; WZ 2008: 32.30 Herstellung von Sportgeräten; ATECO 2007 division 02.
    expect(getLabel('32.30', 'en')).toBe('Manufacture of sports goods');
    expect(getLabel('32.30', 'it')).toBe('Fabbricazione di articoli sportivi');
    expect(getLabel('32.30', 'de')).toBe('Herstellung von Sportgeräten');
    expect(getLabel('02', 'it')).toBe('Silvicoltura ed utilizzo di aree forestali');
    expect(getLabel('46', 'de')).toBe('Großhandel (ohne Handel mit Kraftfahrzeugen)');
  });

  it('falls back to French where a title is missing in the locale', () => {
    expect(getLabel('43.3', 'de')).toBe('Travaux de finition');
    expect(getLabel('01.11', 'it')).toBe(getLabel('01.11', 'fr'));
    expect(getLabel('49.39C', 'en')).toBe('Téléphériques et remontées mécaniques');
  });

  it('returns undefined for unknown codes', () => {
    expect(getNaceCode('43.35')).toBeUndefined();
    expect(getNaceCode('4331')).toBeUndefined();
    expect(getLabel('V', 'fr')).toBeUndefined();
    expect(getNafSubclass('43.31A')).toBeUndefined();
  });

  it('lists the NAF sub-classes of a class', () => {
    expect(listNafSubclasses('49.39').map((s) => s.code)).toEqual(['49.39A', '49.39B', '49.39C']);
  });
});
