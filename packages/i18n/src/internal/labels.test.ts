import {
  ACTIVITY_CODE_SCHEMES,
  ACTIVITY_IDS,
  COUNTRY_CODES,
  CURRENCIES,
  DATA_SOURCES,
  ESTABLISHMENT_STATUSES,
  EVENT_KINDS,
  FILIERE_IDS,
  FUNDING_SOURCES,
  IDENTIFIER_ERROR_CODES,
  IDENTIFIER_SCHEMES,
  LEGAL_STATUSES,
  LOCALES,
  MONT_BLANC_INNOVATION,
  NUTS3_CODES,
  OBJECTIVE_IDS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  PARTNER_IDS,
  PARTNER_ROLES,
  SIZE_BANDS,
  STAKEHOLDER_KINDS,
  TERRITORY_KINDS,
  WORK_PACKAGE_IDS,
} from '@mbi/domain';
import { describe, expect, it } from 'vitest';
import { createTranslator } from './create-translator';
import { formatNumber } from './format';
import { getLabels, type LabelKind, label } from './labels';

/** Every vocabulary with the domain's list of its values: labels must cover exactly these. */
const VOCABULARIES: { readonly [K in LabelKind]: readonly string[] } = {
  filiere: FILIERE_IDS,
  filiereShort: FILIERE_IDS,
  partner: PARTNER_IDS,
  workPackage: WORK_PACKAGE_IDS,
  activity: ACTIVITY_IDS,
  objective: OBJECTIVE_IDS,
  country: COUNTRY_CODES,
  partnerRole: PARTNER_ROLES,
  fundingSource: FUNDING_SOURCES,
  legalStatus: LEGAL_STATUSES,
  territoryKind: TERRITORY_KINDS,
  nuts3: NUTS3_CODES,
  sizeBand: SIZE_BANDS,
  establishmentStatus: ESTABLISHMENT_STATUSES,
  eventKind: EVENT_KINDS,
  stakeholderKind: STAKEHOLDER_KINDS,
  opportunityKind: OPPORTUNITY_KINDS,
  opportunityStatus: OPPORTUNITY_STATUSES,
  activityCodeScheme: ACTIVITY_CODE_SCHEMES,
  identifierScheme: IDENTIFIER_SCHEMES,
  identifierError: IDENTIFIER_ERROR_CODES,
  currency: CURRENCIES,
  dataSource: DATA_SOURCES,
  locale: LOCALES,
};

describe('labels', () => {
  it.each(LOCALES)('labels every value of every domain vocabulary, and nothing else, in %s', (locale) => {
    const labels = getLabels(locale);
    for (const [kind, values] of Object.entries(VOCABULARIES)) {
      const table: Readonly<Record<string, string>> = labels[kind as LabelKind];
      expect(Object.keys(table).sort(), `${locale} ${kind}`).toEqual([...values].sort());
      for (const value of values) expect(table[value]?.trim(), `${locale} ${kind} ${value}`).toBeTruthy();
    }
  });

  it('names the lead partner as each programme language does (chef de file, capofila, Lead-Partner)', () => {
    expect(label('partnerRole', 'lead', 'fr')).toBe('Chef de file');
    expect(label('partnerRole', 'lead', 'it')).toBe('Capofila');
    expect(label('partnerRole', 'lead', 'de')).toBe('Lead-Partner');
    expect(label('partnerRole', 'lead', 'en')).toBe('Lead partner');
  });

  it('names the ERDF with its acronym in each language (FEDER, FESR, EFRE, ERDF)', () => {
    expect(label('fundingSource', 'erdf', 'fr')).toContain('(FEDER)');
    expect(label('fundingSource', 'erdf', 'it')).toContain('(FESR)');
    expect(label('fundingSource', 'erdf', 'de')).toContain('(EFRE)');
    expect(label('fundingSource', 'erdf', 'en')).toContain('(ERDF)');
  });

  it('gives the filières of the project description', () => {
    expect(getLabels('en').filiere).toEqual({
      outdoor: 'Mountain outdoor industry, winter and summer',
      phyto: 'Phyto-industry, well-being and health',
      renovation: 'Building renovation in mountain areas',
    });
    expect(getLabels('fr').workPackage.wp4).toBe(
      'Accompagnement proactif des acteurs économiques des filières',
    );
    expect(getLabels('it').activity['1.2']).toBe('Coordinamento tecnico e Think tank Mont-Blanc INNOVATION');
  });

  it('phrases identifier errors to fill the reason of error.invalidIdentifier', () => {
    for (const locale of LOCALES) {
      for (const code of IDENTIFIER_ERROR_CODES) {
        const reason = label('identifierError', code, locale);
        // Lower case, except German nouns and the FR/CHE prefixes.
        if (locale !== 'de')
          expect(reason.charAt(0), `${locale} ${code}`).toBe(reason.charAt(0).toLowerCase());
      }
    }
    const t = createTranslator('fr');
    expect(
      t('error.invalidIdentifier', {
        identifier: '200023373',
        reason: label('identifierError', 'checksum', 'fr'),
      }),
    ).toBe('L’identifiant 200023373 n’est pas valide (clé de contrôle incorrecte).');
  });

  it('falls back to the code for a value that bypassed the types, rather than undefined', () => {
    expect(label('filiere', 'unknown' as 'outdoor', 'fr')).toBe('unknown');
  });
});

describe('size band labels', () => {
  // INSEE, "Description des variables" of the SIRENE stock and API 3.11, trancheEffectifsEtablissement:
  // NN non-employing (or presumed so, no declaration received); 00 no employee at 31/12 but some during
  // the reference year; then the bands below, e.g. "01 : 1 ou 2 salariés" … "53 : 10 000 salariés et plus".
  const INSEE_FR: Record<string, string> = {
    '01': '1 ou 2 salariés',
    '02': '3 à 5 salariés',
    '03': '6 à 9 salariés',
    '11': '10 à 19 salariés',
    '12': '20 à 49 salariés',
    '21': '50 à 99 salariés',
    '22': '100 à 199 salariés',
    '31': '200 à 249 salariés',
    '32': '250 à 499 salariés',
    '41': '500 à 999 salariés',
    '42': '1 000 à 1 999 salariés',
    '51': '2 000 à 4 999 salariés',
    '52': '5 000 à 9 999 salariés',
    '53': '10 000 salariés et plus',
  };
  const INSEE_BOUNDS: Record<string, number[]> = {
    '01': [1, 2],
    '02': [3, 5],
    '03': [6, 9],
    '11': [10, 19],
    '12': [20, 49],
    '21': [50, 99],
    '22': [100, 199],
    '31': [200, 249],
    '32': [250, 499],
    '41': [500, 999],
    '42': [1000, 1999],
    '51': [2000, 4999],
    '52': [5000, 9999],
    '53': [10000],
  };

  it('uses INSEE’s French wording (typeset with narrow no-break spaces in thousands)', () => {
    const sizeBand = getLabels('fr').sizeBand;
    for (const [code, expected] of Object.entries(INSEE_FR)) {
      expect(sizeBand[code as keyof typeof sizeBand].replaceAll('\u202f', ' '), code).toBe(expected);
    }
    expect(sizeBand.NN).toContain('non employeuse');
    expect(sizeBand['00']).toMatch(/^0 salarié au 31\/12/);
  });

  it.each(LOCALES)('gives INSEE’s bounds in every band of %s', (locale) => {
    const sizeBand = getLabels(locale).sizeBand;
    for (const [code, bounds] of Object.entries(INSEE_BOUNDS)) {
      // Numbers in the label, thousands separators of any language removed: "1'000" → 1000.
      const text = sizeBand[code as keyof typeof sizeBand];
      const numbers = (text.match(/\d+(?:[\u202f\u00a0 ’'.,]\d{3})*/g) ?? []).map((n) =>
        Number(n.replace(/\D/g, '')),
      );
      expect(numbers, `${locale} ${code}: ${text}`).toEqual(bounds);
    }
    // 00: no employee at the end of the year (31 December), though some during it.
    expect(sizeBand['00']).toMatch(/^0 /);
    expect(sizeBand.NN).not.toMatch(/\d/);
  });
});

describe('labels that CLDR also names', () => {
  // Country and currency display names of CLDR (via Node's ICU, Intl.DisplayNames). Labels are
  // capitalised as standalone items; CLDR writes currencies in sentence case in some languages.
  it.each(LOCALES)('gives the CLDR country names in %s', (locale) => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const country of COUNTRY_CODES) expect(label('country', country, locale)).toBe(names.of(country));
  });

  it.each(LOCALES)('gives the CLDR currency names in %s', (locale) => {
    const names = new Intl.DisplayNames([locale], { type: 'currency' });
    for (const currency of CURRENCIES) {
      expect(label('currency', currency, locale).toLowerCase()).toBe(names.of(currency)?.toLowerCase());
    }
  });

  it('names each language in itself, the same whatever the UI locale', () => {
    for (const uiLocale of LOCALES) {
      for (const locale of LOCALES) {
        const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? '';
        const capitalised = own.charAt(0).toLocaleUpperCase(locale) + own.slice(1);
        expect(label('locale', locale, uiLocale)).toBe(capitalised);
      }
    }
  });
});

describe('numbers in labels are written as the formatters write them', () => {
  it("gives the top German size band as the Upper Valais writes 10,000: 10'000 with U+0027", () => {
    expect(label('sizeBand', '53', 'de')).toBe("10'000 und mehr Beschäftigte");
    // The `de` labels are Swiss: the number is what formatNumber gives for de-CH (and for de, which
    // formats as de-CH), not Germany's "10.000".
    expect(label('sizeBand', '53', 'de')).toBe(`${formatNumber(10000, 'de-CH')} und mehr Beschäftigte`);
    expect(label('sizeBand', '42', 'de')).toBe(
      `${formatNumber(1000, 'de-CH')} bis ${formatNumber(1999, 'de-CH')} Beschäftigte`,
    );
  });

  it.each(LOCALES)('writes every number of the size bands of %s as formatNumber does', (locale) => {
    for (const [code, text] of Object.entries(getLabels(locale).sizeBand)) {
      // "31.12." and "31/12" of band 00 are a date, not a number: only grouped numbers and plain integers.
      for (const written of text.match(/\d{1,3}(?:[\u202f'.,]\d{3})+|\d+/g) ?? []) {
        expect(written, `${locale} ${code}: ${text}`).toBe(formatNumber(written.replace(/\D/g, ''), locale));
      }
    }
  });
});

describe('French labels are the titles of the project description', () => {
  // Verbatim from the seed text (seed-mont-blanc-innovation.fr.txt, beside BRIEF.md), with its line
  // numbers; a line break of the original is a single space here.
  const SEED_FILIERES =
    'Industrie de l’outdoor montagne hiver/été, Phyto industrie/ bien- être et santé, Rénovation du bâtiment en montagne'; // l. 44–45
  const SEED_OBJECTIVES = {
    'coordinate-ecosystems':
      'Encourager la coordination entre les écosystèmes économiques de l’Espace Mont-Blanc', // l. 47
    'develop-filieres': 'Développer les filières d’excellence de l’Espace Mont-Blanc', // l. 48
    'cross-border-chains': 'Favoriser la création de chaînes de production transfrontalières', // l. 49
  };
  const SEED_WORK_PACKAGES = {
    wp1: 'WP1 GOUVERNANCE ET GESTION ADMINISTRATIVE DU PROJET', // l. 55
    wp2: 'WP2  COMMUNICATION', // l. 91
    wp3: "WP3   FAVORISER LE DÉVELOPPEMENT DES TROIS FILIÈRES D'EXCELLENCE", // l. 117
    wp4: 'WP4 ACCOMPAGNEMENT PRO ACTIF DES ACTEURS ÉCONOMIQUES DES FILIÈRES', // l. 133 ("PRO ACTIF": proactif)
  };
  const SEED_ACTIVITIES = {
    '1.1': 'Activité 1,1 -  Pilotage transfrontalier du projet', // l. 58
    '1.2': 'Activité 1,2 - Coordination technique des activités et constitution du Think tank', // l. 72–73
    '2.1': 'Activité 2,1 - Communication institutionnelle et actions de promotion', // l. 94–95
    '2.2': 'Activité 2,2 Stratégie de spécialisation intelligente commune transfrontalière', // l. 106–107
    '3.1': "Activité 3,1 - Création d'une dynamique de filière", // l. 119
    '3.2': 'Activité 3,2  - Identification des interactions des filières', // l. 124–125
    '4.1': "Activité 4,1 - Création d'accélérateurs d'innovation", // l. 135
    '4.2': "Activité 4,2 - Prospection d'entreprise", // l. 146
  };

  /** Words only: case, apostrophe style (’ or ') and spacing (line breaks, double spaces) aside. */
  const words = (text: string) => text.toLowerCase().replaceAll('’', "'").replace(/\s+/g, '');
  const fr = getLabels('fr');

  it('gives the seed’s activity titles, e.g. 1.1 and 4.2, with French typographic apostrophes', () => {
    expect(fr.activity['1.1']).toBe('Pilotage transfrontalier du projet');
    expect(fr.activity['4.2']).toBe('Prospection d’entreprise');
    expect(fr.filiere.renovation).toBe('Rénovation du bâtiment en montagne');
  });

  it('gives every filière, objective, work package and activity in the seed’s words', () => {
    for (const id of FILIERE_IDS) expect(words(SEED_FILIERES), id).toContain(words(fr.filiere[id]));
    for (const id of OBJECTIVE_IDS) expect(words(fr.objective[id]), id).toBe(words(SEED_OBJECTIVES[id]));
    for (const id of WORK_PACKAGE_IDS) {
      expect(`${id}${words(fr.workPackage[id])}`, id).toBe(words(SEED_WORK_PACKAGES[id]));
    }
    for (const id of ACTIVITY_IDS) {
      const seed = words(SEED_ACTIVITIES[id]);
      expect(seed.startsWith(words(`Activité ${id.replace('.', ',')}`)), id).toBe(true);
      expect(seed.endsWith(words(fr.activity[id])), id).toBe(true);
      expect(seed.replace(/^activité\d,\d-?/, ''), id).toBe(words(fr.activity[id]));
    }
  });

  it('matches the titles of the reference dataset of @mbi/domain', () => {
    const data = MONT_BLANC_INNOVATION;
    for (const filiere of data.filieres) expect(words(fr.filiere[filiere.id])).toBe(words(filiere.name));
    for (const objective of data.objectives) {
      expect(words(fr.objective[objective.id])).toBe(words(objective.title));
    }
    for (const wp of data.workPackages) expect(words(fr.workPackage[wp.id])).toBe(words(wp.title));
    for (const activity of data.activities) {
      expect(words(fr.activity[activity.id])).toBe(words(activity.title));
    }
  });
});

describe('data source labels', () => {
  it('says in each language whether a value is the project description’s or an assumption', () => {
    expect(getLabels('fr').dataSource).toEqual({ seed: 'Description du projet', assumed: 'Hypothèse' });
    expect(getLabels('it').dataSource).toEqual({ seed: 'Descrizione del progetto', assumed: 'Ipotesi' });
    expect(getLabels('de').dataSource).toEqual({ seed: 'Projektbeschreibung', assumed: 'Annahme' });
    expect(getLabels('en').dataSource).toEqual({ seed: 'Project description', assumed: 'Assumption' });
  });
});
