/**
 * The 21 NACE Rev.2 sections: letter, the divisions each covers, and the French title.
 *
 * Sources: section letters and division ranges, Eurostat NACE Rev. 2 (Regulation (EC) No 1893/2006, Annex I);
 * French section titles, INSEE, Nomenclature d'activités française NAF rév. 2 (2008), which `@socialgouv/codes-naf`
 * does not include. Italian, German and English titles of every level come from BFS NOGA 2008
 * (`generated/noga2008-titles.ts`); French titles of divisions, groups and classes from INSEE
 * (`generated/naf-rev2.ts`).
 */

/** Section letter, its French (INSEE) title and the divisions it covers (inclusive). */
export interface SectionRow {
  readonly code: string;
  readonly from: string;
  readonly to: string;
  readonly fr: string;
}

export const NACE_SECTIONS: readonly SectionRow[] = [
  {
    code: 'A',
    from: '01',
    to: '03',
    fr: 'Agriculture, sylviculture et pêche',
  },
  {
    code: 'B',
    from: '05',
    to: '09',
    fr: 'Industries extractives',
  },
  {
    code: 'C',
    from: '10',
    to: '33',
    fr: 'Industrie manufacturière',
  },
  {
    code: 'D',
    from: '35',
    to: '35',
    fr: "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
  },
  {
    code: 'E',
    from: '36',
    to: '39',
    fr: "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
  },
  {
    code: 'F',
    from: '41',
    to: '43',
    fr: 'Construction',
  },
  {
    code: 'G',
    from: '45',
    to: '47',
    fr: "Commerce ; réparation d'automobiles et de motocycles",
  },
  {
    code: 'H',
    from: '49',
    to: '53',
    fr: 'Transports et entreposage',
  },
  {
    code: 'I',
    from: '55',
    to: '56',
    fr: 'Hébergement et restauration',
  },
  {
    code: 'J',
    from: '58',
    to: '63',
    fr: 'Information et communication',
  },
  {
    code: 'K',
    from: '64',
    to: '66',
    fr: "Activités financières et d'assurance",
  },
  {
    code: 'L',
    from: '68',
    to: '68',
    fr: 'Activités immobilières',
  },
  {
    code: 'M',
    from: '69',
    to: '75',
    fr: 'Activités spécialisées, scientifiques et techniques',
  },
  {
    code: 'N',
    from: '77',
    to: '82',
    fr: 'Activités de services administratifs et de soutien',
  },
  {
    code: 'O',
    from: '84',
    to: '84',
    fr: 'Administration publique',
  },
  {
    code: 'P',
    from: '85',
    to: '85',
    fr: 'Enseignement',
  },
  {
    code: 'Q',
    from: '86',
    to: '88',
    fr: 'Santé humaine et action sociale',
  },
  {
    code: 'R',
    from: '90',
    to: '93',
    fr: 'Arts, spectacles et activités récréatives',
  },
  {
    code: 'S',
    from: '94',
    to: '96',
    fr: 'Autres activités de services',
  },
  {
    code: 'T',
    from: '97',
    to: '98',
    fr: "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre",
  },
  {
    code: 'U',
    from: '99',
    to: '99',
    fr: 'Activités extra-territoriales',
  },
];
