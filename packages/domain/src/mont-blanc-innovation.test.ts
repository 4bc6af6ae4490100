import { describe, expect, test } from 'vitest';
import { MONT_BLANC_INNOVATION } from './mont-blanc-innovation';
import { validateIdentifier } from './national-identifier';
import { ReferenceDatasetSchema } from './reference-dataset';
import { ACTIVITY_IDS, FILIERE_IDS, OBJECTIVE_IDS, PARTNER_IDS, WORK_PACKAGE_IDS } from './vocabularies';

const data = MONT_BLANC_INNOVATION;

/** Amount in cents as a bigint, so that the seed's arithmetic is checked exactly. */
function cents(amount: string): bigint {
  return BigInt(amount.replace('.', ''));
}

describe('MONT_BLANC_INNOVATION', () => {
  test('parses with its schema, unchanged', () => {
    const result = ReferenceDatasetSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(data);
  });

  // Golden values below come from BRIEF.md and the seed text (seed-mont-blanc-innovation.fr.txt).
  test('programme: ALCOTRA 2014–2020, axis 1, investment priority 1B, specific objective 1.1', () => {
    expect(data.programme).toMatchObject({
      shortName: 'ALCOTRA',
      firstYear: 2014,
      lastYear: 2020,
      fund: 'erdf',
      axis: { number: 1, title: 'Innovation appliquée' },
      investmentPriority: { code: '1B' },
      specificObjective: { code: '1.1' },
    });
  });

  test('project: filed 2016-01-11, June 2017 to June 2020, 36 months, 3 objectives, 3 filières', () => {
    expect(data.project).toMatchObject({
      name: 'Mont-Blanc INNOVATION',
      programmeId: data.programme.id,
      filedOn: '2016-01-11',
      startMonth: '2017-06',
      endMonth: '2020-06',
      durationMonths: 36,
    });
    expect(data.project.objectiveIds).toEqual([...OBJECTIVE_IDS]);
    expect(data.project.filiereIds).toEqual([...FILIERE_IDS]);
  });

  test('objectives, filières, work packages and activities use exactly the stable ids, in order', () => {
    expect(data.objectives.map((o) => o.id)).toEqual([...OBJECTIVE_IDS]);
    expect(data.objectives.map((o) => o.number)).toEqual([1, 2, 3]);
    expect(data.filieres.map((f) => f.id)).toEqual([...FILIERE_IDS]);
    expect(data.workPackages.map((w) => w.id)).toEqual([...WORK_PACKAGE_IDS]);
    expect(data.activities.map((a) => a.id)).toEqual([...ACTIVITY_IDS]);
  });

  test('the filières are outdoor, phyto-industry/well-being/health and building renovation', () => {
    expect(data.filieres.map((f) => f.name)).toEqual([
      "Industrie de l'outdoor montagne hiver/été",
      'Phyto industrie/bien-être et santé',
      'Rénovation du bâtiment en montagne',
    ]);
  });

  test('work package titles and activity titles follow the seed', () => {
    expect(data.workPackages.map((w) => w.title)).toEqual([
      'Gouvernance et gestion administrative du projet',
      'Communication',
      "Favoriser le développement des trois filières d'excellence",
      'Accompagnement proactif des acteurs économiques des filières',
    ]);
    expect(data.activities.map((a) => a.title)).toEqual([
      'Pilotage transfrontalier du projet',
      'Coordination technique des activités et constitution du Think tank',
      'Communication institutionnelle et actions de promotion',
      'Stratégie de spécialisation intelligente commune transfrontalière',
      "Création d'une dynamique de filière",
      'Identification des interactions des filières',
      "Création d'accélérateurs d'innovation",
      "Prospection d'entreprise",
    ]);
  });

  test("each activity's work package exists and matches its number", () => {
    const workPackageIds = new Set(data.workPackages.map((w) => w.id));
    for (const activity of data.activities) {
      expect(workPackageIds.has(activity.workPackageId)).toBe(true);
      expect(activity.workPackageId).toBe(`wp${activity.id.charAt(0)}`);
    }
  });

  test('partners: the four stable ids, lead partner cc-vallee-chamonix', () => {
    expect(data.partners.map((p) => p.id)).toEqual([...PARTNER_IDS]);
    expect(data.partners.filter((p) => p.role === 'lead').map((p) => p.id)).toEqual(['cc-vallee-chamonix']);
  });

  test('partners: countries, SIRENs, NUTS 3 codes and funding sources', () => {
    expect(data.partners.map((p) => [p.id, p.country, p.nuts3, p.fundingSource])).toEqual([
      ['cc-vallee-chamonix', 'FR', 'FRK28', 'erdf'],
      ['cc-pays-mont-blanc', 'FR', 'FRK28', 'erdf'],
      ['chambre-valdotaine', 'IT', 'ITC20', 'erdf'],
      ['cimark', 'CH', 'CH012', 'swiss'],
    ]);
    expect(data.partners.map((p) => p.identifier?.value ?? null)).toEqual([
      '200023372',
      '200034882',
      null,
      null,
    ]);
    for (const partner of data.partners) {
      if (partner.identifier)
        expect(validateIdentifier(partner.identifier.scheme, partner.identifier.value).ok).toBe(true);
    }
  });

  test('Unioncamere Piemonte acts for the Chambre valdôtaine as sujet délégataire', () => {
    const chambre = data.partners.find((p) => p.id === 'chambre-valdotaine');
    expect(chambre?.delegatedBody).toEqual({ name: 'Unioncamere Piemonte', role: 'sujet délégataire' });
    expect(data.partners.filter((p) => p.delegatedBody !== undefined)).toHaveLength(1);
  });

  test('budgets: the seed financing table, exactly', () => {
    expect(data.partners.map((p) => p.budget)).toEqual([
      {
        eligibleTotal: { amount: '425694.00', currency: 'EUR' },
        fundRate: '0.85',
        declaredErdfAmount: { amount: '361839.90', currency: 'EUR' },
      },
      {
        eligibleTotal: { amount: '422517.30', currency: 'EUR' },
        fundRate: '0.85',
        declaredErdfAmount: { amount: '359139.70', currency: 'EUR' },
      },
      {
        eligibleTotal: { amount: '615479.70', currency: 'EUR' },
        fundRate: '0.85',
        declaredErdfAmount: { amount: '523157.74', currency: 'EUR' },
      },
      { eligibleTotal: { amount: '306200.00', currency: 'CHF' }, fundRate: null, declaredErdfAmount: null },
    ]);
  });

  test('declared ERDF amounts are the eligible totals × 85 %, truncated to the cent (BRIEF.md money rules)', () => {
    for (const partner of data.partners) {
      const { eligibleTotal, declaredErdfAmount } = partner.budget;
      if (declaredErdfAmount === null) continue;
      expect((cents(eligibleTotal.amount) * 85n) / 100n).toBe(cents(declaredErdfAmount.amount));
    }
  });

  test('the ERDF partners add up to the seed totals 1,463,691.00 and 1,244,137.34 EUR', () => {
    const erdf = data.partners.filter((p) => p.fundingSource === 'erdf');
    const eligible = erdf.reduce((sum, p) => sum + cents(p.budget.eligibleTotal.amount), 0n);
    const declared = erdf.reduce((sum, p) => sum + cents(p.budget.declaredErdfAmount?.amount ?? '0.00'), 0n);
    expect(eligible).toBe(146369100n);
    expect(declared).toBe(124413734n);
  });

  test('territories: 14 French communes, the 74 comuni of Valle d’Aosta, the 122 municipalities of Valais', () => {
    const count = (country: string) => data.territoryUnits.filter((unit) => unit.country === country).length;
    expect(count('FR')).toBe(14);
    expect(count('IT')).toBe(74);
    expect(count('CH')).toBe(122);
  });

  test('territories of the French partners: the INSEE codes of BRIEF.md, in its order', () => {
    const codes = (id: string) => data.partners.find((p) => p.id === id)?.territoryUnitCodes;
    expect(codes('cc-vallee-chamonix')).toEqual(['74056', '74143', '74266', '74290']);
    expect(codes('cc-pays-mont-blanc')).toEqual([
      '74256',
      '74208',
      '74236',
      '74173',
      '74103',
      '74083',
      '74215',
      '74085',
      '74089',
      '74099',
    ]);
  });

  test('the Italian and Swiss partners cover their whole region', () => {
    const codesOf = (country: string) =>
      data.territoryUnits.filter((u) => u.country === country).map((u) => u.code);
    expect(data.partners.find((p) => p.id === 'chambre-valdotaine')?.territoryUnitCodes).toEqual(
      codesOf('IT'),
    );
    expect(data.partners.find((p) => p.id === 'cimark')?.territoryUnitCodes).toEqual(codesOf('CH'));
  });

  test('every territory code referenced by a partner exists, in the partner’s country', () => {
    const keys = new Set(data.territoryUnits.map((unit) => `${unit.country}:${unit.code}`));
    for (const partner of data.partners) {
      for (const code of partner.territoryUnitCodes)
        expect(keys.has(`${partner.country}:${code}`)).toBe(true);
    }
  });

  test('no territory unit is claimed by two partners', () => {
    const claimed = data.partners.flatMap((p) => p.territoryUnitCodes.map((code) => `${p.country}:${code}`));
    expect(new Set(claimed).size).toBe(claimed.length);
  });

  test('NUTS 3: FRK28 for the communes, ITC20 for the comuni, CH012 for the municipalities', () => {
    for (const unit of data.territoryUnits) {
      expect(unit.nuts3).toBe({ FR: 'FRK28', IT: 'ITC20', CH: 'CH012' }[unit.country]);
    }
  });

  test('stakeholders: CCI and CMA Haute-Savoie, Outdoor Sports Valley, Mountain Store – Quechua – Wed’ze', () => {
    expect(data.stakeholders.map((s) => s.shortName)).toEqual([
      'CCI Haute-Savoie',
      'CMA Haute-Savoie',
      'OSV',
      'Mountain Store',
    ]);
  });

  test('accelerators: one per country, each run by a partner of that country', () => {
    expect(data.accelerators.map((a) => a.country).sort()).toEqual(['CH', 'FR', 'IT']);
    for (const accelerator of data.accelerators) {
      const partner = data.partners.find((p) => p.id === accelerator.partnerId);
      expect(partner?.country).toBe(accelerator.country);
      expect(accelerator.filiereIds).toEqual([...FILIERE_IDS]);
    }
  });

  test('deliverables and indicators refer to existing activities', () => {
    const activityIds = new Set<string>(ACTIVITY_IDS);
    for (const deliverable of data.deliverables) expect(activityIds.has(deliverable.activityId)).toBe(true);
    for (const indicator of data.indicators) {
      if (indicator.activityId !== undefined) expect(activityIds.has(indicator.activityId)).toBe(true);
    }
    expect(data.indicators.find((i) => i.id === 'innovation-accelerators')?.target).toBe(
      data.accelerators.length,
    );
  });

  test('stores no totals: the budget package computes them', () => {
    expect(Object.keys(data)).not.toContain('totals');
    expect(JSON.stringify(data)).not.toContain('1463691');
    expect(JSON.stringify(data)).not.toContain('1244137');
  });
});

/*
 * Quotations of the seed text (seed-mont-blanc-innovation.fr.txt, the French project description beside
 * BRIEF.md), copied verbatim with their line numbers; a line break of the original is a single space here.
 */
const SEED = {
  filieres:
    'Industrie de l’outdoor montagne hiver/été, Phyto industrie/ bien- être et santé, Rénovation du bâtiment en montagne', // l. 44–45
  objectives: [
    'Encourager la coordination entre les écosystèmes économiques de l’Espace Mont-Blanc', // l. 47
    'Développer les filières d’excellence de l’Espace Mont-Blanc', // l. 48
    'Favoriser la création de chaînes de production transfrontalières', // l. 49
  ],
  workPackages: [
    'WP1 GOUVERNANCE ET GESTION ADMINISTRATIVE DU PROJET', // l. 55
    'WP2  COMMUNICATION', // l. 91
    "WP3   FAVORISER LE DÉVELOPPEMENT DES TROIS FILIÈRES D'EXCELLENCE", // l. 117
    'WP4 ACCOMPAGNEMENT PRO ACTIF DES ACTEURS ÉCONOMIQUES DES FILIÈRES', // l. 133
  ],
  activities: [
    'Activité 1,1 -  Pilotage transfrontalier du projet', // l. 58
    'Activité 1,2 - Coordination technique des activités et constitution du Think tank', // l. 72–73
    'Activité 2,1 - Communication institutionnelle et actions de promotion', // l. 94–95
    'Activité 2,2 Stratégie de spécialisation intelligente commune transfrontalière', // l. 106–107
    "Activité 3,1 - Création d'une dynamique de filière", // l. 119
    'Activité 3,2  - Identification des interactions des filières', // l. 124–125
    "Activité 4,1 - Création d'accélérateurs d'innovation", // l. 135
    "Activité 4,2 - Prospection d'entreprise", // l. 146
  ],
  steeringCommittee: 'L’activité prévoit la constitution du Comité de pilotage transfrontalier', // l. 61–62
  thinkTank: 'un groupe technique appelé Think tank Mont-Blanc INNOVATION', // l. 83–84
  strategy: 'la définition et la rédaction d’une Stratégie de spécialisation intelligente commune', // l. 110–112
  filiereModels:
    'L’activité 3.1 est axée sur l’analyse de terrain et la modélisation des filières d’excellence identifiées', // l. 119–120
  threeFilieres: 'autour de la structuration des trois filières', // l. 122–123
  observatory:
    'le développement du volet économique de l’Observatoire du Mont-Blanc par le recensement des données quantitatives répertoriées (par  filière) sur les trois territoires et la création d’une cartographie.', // l. 127–131
  accelerators:
    'L’activité 4.1 prévoit la mise en place de trois accélérateurs d’innovation sur la région transfrontalière de l’Espace Mont-Blanc, un par Pays.', // l. 135–138
  stakeholders:
    '- Chambres consulaires (CCI et CMA Haute -Savoie) ; - Outdoor sport Valley OSV ; - Mountain Store - Quechua – Wed’ze.', // l. 191–193
};

/** Compares texts as words: case, apostrophe style and spacing (PDF line breaks, double spaces) aside. */
function words(text: string): string {
  return text.toLowerCase().replaceAll('’', "'").replace(/\s+/g, '');
}

const seedHas = (quotation: string, value: string) => words(quotation).includes(words(value));

describe('MONT_BLANC_INNOVATION against the seed text', () => {
  test('filière names, objectives, work package and activity titles are the seed’s own words', () => {
    for (const filiere of data.filieres)
      expect(seedHas(SEED.filieres, filiere.name), filiere.name).toBe(true);
    data.objectives.forEach((objective, index) => {
      expect(words(objective.title)).toBe(words(SEED.objectives[index] ?? ''));
    });
    data.workPackages.forEach((workPackage, index) => {
      const quotation = SEED.workPackages[index] ?? '';
      // "PRO ACTIF" on l. 133 reads as one word once spaces are set aside.
      expect(words(quotation)).toBe(words(`WP${workPackage.number} ${workPackage.title}`));
    });
    data.activities.forEach((activity, index) => {
      const quotation = SEED.activities[index] ?? '';
      expect(words(quotation).endsWith(words(activity.title)), activity.id).toBe(true);
      expect(quotation.startsWith(`Activité ${activity.id.replace('.', ',')}`), activity.id).toBe(true);
    });
  });

  test('every reference record says where it comes from', () => {
    const records = [...data.deliverables, ...data.indicators, ...data.stakeholders, ...data.accelerators];
    expect(records.every((record) => record.source === 'seed' || record.source === 'assumed')).toBe(true);
  });

  test('deliverables marked seed are named in the seed', () => {
    const quotation: Record<string, string> = {
      'steering-committee': SEED.steeringCommittee,
      'think-tank': SEED.thinkTank,
      'smart-specialisation-strategy': SEED.activities[3] ?? '',
      'filiere-models': SEED.filiereModels,
      'economic-observatory': SEED.observatory,
    };
    for (const [id, text] of Object.entries(quotation)) {
      const deliverable = data.deliverables.find((candidate) => candidate.id === id);
      expect(deliverable?.source, id).toBe('seed');
      expect(seedHas(text, deliverable?.title ?? '?'), id).toBe(true);
    }
    // The map of activity 3.2: "la création d’une cartographie".
    expect(data.deliverables.find((d) => d.id === 'filiere-map')?.source).toBe('seed');
    expect(seedHas(SEED.observatory, 'création d’une cartographie')).toBe(true);
  });

  test('indicator targets marked seed are the counts the seed states', () => {
    // Target in words as the seed writes it, and what it counts.
    const stated: Record<string, [string, string]> = {
      'smart-specialisation-strategy': [SEED.strategy, 'une Stratégie de spécialisation intelligente'],
      'filieres-modelled': [SEED.threeFilieres, 'trois filières'],
      'observatory-territories': [SEED.observatory, 'trois territoires'],
      'innovation-accelerators': [SEED.accelerators, 'trois accélérateurs'],
    };
    const number: Record<string, number> = { une: 1, trois: 3 };
    expect(Object.keys(stated).sort()).toEqual(data.indicators.map((i) => i.id).sort());
    for (const indicator of data.indicators) {
      const [text, phrase] = stated[indicator.id] ?? ['', '?'];
      expect(indicator.source, indicator.id).toBe('seed');
      expect(seedHas(text, phrase), indicator.id).toBe(true);
      expect(indicator.target, indicator.id).toBe(number[phrase.split(' ')[0] ?? '']);
    }
  });

  test('stakeholders: the two chambers are the seed’s; what OSV and Mountain Store are, and where, is assumed', () => {
    const source = Object.fromEntries(data.stakeholders.map((s) => [s.id, s.source]));
    expect(source).toEqual({
      'cci-haute-savoie': 'seed',
      'cma-haute-savoie': 'seed',
      'outdoor-sports-valley': 'assumed',
      'mountain-store-quechua-wedze': 'assumed',
    });
    expect(seedHas(SEED.stakeholders, 'Chambres consulaires (CCI et CMA Haute-Savoie)')).toBe(true);
  });

  test('accelerators: the seed plans one per country; their names and host partners are assumed', () => {
    expect(seedHas(SEED.accelerators, 'trois accélérateurs d’innovation')).toBe(true);
    expect(seedHas(SEED.accelerators, 'un par Pays')).toBe(true);
    for (const accelerator of data.accelerators) {
      expect(accelerator.source, accelerator.id).toBe('assumed');
      expect(seedHas(SEED.accelerators, accelerator.name), accelerator.id).toBe(false);
    }
  });
});
