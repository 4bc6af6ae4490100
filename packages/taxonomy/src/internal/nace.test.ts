import { LOCALES } from '@mbi/domain';
import { describe, expect, it } from 'vitest';
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

  it('gives every one of the 996 codes a title in fr, it, de and en', () => {
    const nodes = listNace();
    expect(nodes).toHaveLength(996);
    let titles = 0;
    for (const node of nodes) {
      for (const locale of LOCALES) {
        const title = node.labels[locale];
        expect(typeof title === 'string' && title.length > 0, `${node.code} ${locale}`).toBe(true);
        // One line, no stray spaces: the CSV's line breaks and no-break spaces are cleaned.
        expect(title, `${node.code} ${locale}`).toMatch(/^\S(?:.*\S)?$/);
        expect(title, `${node.code} ${locale}`).not.toMatch(/\s{2}|[\n\u00a0]/);
        expect(getLabel(node.code, locale)).toBe(title);
        titles += 1;
      }
    }
    expect(titles).toBe(996 * 4);
  });

  it('reads NOGA 2008 titles (BFS, data/noga2008-titles.csv) in Italian, German and English', () => {
    // CSV row "class,3230": Herstellung von Sportgeräten / Manufacture of sports goods / Fabbricazione di
    // articoli sportivi.
    expect(getNaceCode('32.30')?.labels).toEqual({
      fr: "Fabrication d'articles de sport",
      it: 'Fabbricazione di articoli sportivi',
      de: 'Herstellung von Sportgeräten',
      en: 'Manufacture of sports goods',
    });
    // CSV row "group,432" (groups had no Italian, German or English title before).
    expect(getNaceCode('43.2')?.labels).toEqual({
      fr: "Travaux d'installation électrique, plomberie et autres travaux d'installation",
      it: 'Installazione di impianti elettrici, idraulici e altri lavori di costruzione e installazione',
      de: 'Bauinstallation',
      en: 'Electrical, plumbing and other construction installation activities',
    });
    // CSV row "division,46": Swiss German spelling.
    expect(getLabel('46', 'de')).toBe('Grosshandel (ohne Handel mit Motorfahrzeugen)');
  });

  it('gives section titles in sentence case (CSV "section,F": BAUGEWERBE/BAU, CONSTRUCTION, COSTRUZIONI)', () => {
    // French: INSEE NAF rév. 2 section F.
    expect(getNaceCode('F')?.labels).toEqual({
      fr: 'Construction',
      it: 'Costruzioni',
      de: 'Baugewerbe/Bau',
      en: 'Construction',
    });
    // CSV "section,I": GASTGEWERBE/BEHERBERGUNG UND GASTRONOMIE; German nouns keep their capital.
    expect(getLabel('I', 'de')).toBe('Gastgewerbe/Beherbergung und Gastronomie');
    expect(getLabel('B', 'it')).toBe('Attività estrattiva');
  });

  it('cleans the white space of the CSV titles', () => {
    // CSV "class,4724", Italian: a line break before "specializzati".
    expect(getLabel('47.24', 'it')).toBe(
      'Commercio al dettaglio di pane, pasticceria e dolciumi in esercizi specializzati',
    );
    // CSV "group,561", German: a no-break space inside "u. Ä.".
    expect(getLabel('56.1', 'de')).toBe('Restaurants, Gaststätten, Imbissstuben, Cafés, Eissalons u. Ä.');
  });

  it('keeps the INSEE French title where NOGA 2008 words it differently', () => {
    // INSEE NAF rév. 2 84.2 "Services de prérogative publique"; BFS NOGA 2008 group 842 "Affaires étrangères,
    // défense, justice, sécurité et ordre publique".
    expect(getLabel('84.2', 'fr')).toBe('Services de prérogative publique');
    expect(getLabel('84.2', 'it')).toBe('Affari esteri, difesa, giustizia, sicurezza e ordine pubblico');
  });

  it('gives NAF sub-classes their French title in every locale', () => {
    expect(getLabel('49.39C', 'en')).toBe('Téléphériques et remontées mécaniques');
    expect(getLabel('49.39C', 'de')).toBe('Téléphériques et remontées mécaniques');
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
