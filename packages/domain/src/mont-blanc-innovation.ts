import { CH_TERRITORY_UNITS, FR_TERRITORY_UNITS, IT_TERRITORY_UNITS } from './internal/territory-units';
import type { ReferenceDataset } from './reference-dataset';

const ALL_FILIERES = ['outdoor', 'phyto', 'renovation'] as const;

/**
 * The reference dataset of Mont-Blanc INNOVATION (Interreg V-A France–Italy ALCOTRA 2014–2020), from the
 * project description (BRIEF.md and the French seed text): programme, project, objectives, filières, the
 * four partners with their declared budgets and territories, work packages and activities, deliverables
 * and indicators named in the application, stakeholders, the three innovation accelerators, and the
 * territorial units (14 communes of Haute-Savoie, the 74 comuni of Valle d'Aosta, the 122 municipalities
 * of Valais). Texts are in French, the language of the application; titles are the seed's own words.
 * Deliverables, indicators, stakeholders and accelerators say with `source` whether the seed states them
 * (`seed`) or the maintainers assumed part of them (`assumed`). Treat it as read-only.
 *
 * @example
 * MONT_BLANC_INNOVATION.partners.map((partner) => partner.budget.eligibleTotal.amount);
 * // ['425694.00', '422517.30', '615479.70', '306200.00']
 */
export const MONT_BLANC_INNOVATION: ReferenceDataset = {
  programme: {
    id: 'alcotra-2014-2020',
    name: 'Interreg V-A France–Italie ALCOTRA 2014–2020',
    shortName: 'ALCOTRA',
    fund: 'erdf',
    firstYear: 2014,
    lastYear: 2020,
    axis: { number: 1, title: 'Innovation appliquée' },
    investmentPriority: { code: '1B', title: 'Favoriser les investissements des entreprises dans la R&I' },
    specificObjective: {
      code: '1.1',
      title:
        "Accroître les projets d'innovation, notamment des clusters, des pôles et des entreprises, et développer des services innovants au niveau transfrontalier",
    },
  },
  project: {
    id: 'mont-blanc-innovation',
    name: 'Mont-Blanc INNOVATION',
    acronym: 'MBI',
    subtitle: "Développement des filières d'excellence à l'échelon transfrontalier",
    programmeId: 'alcotra-2014-2020',
    filedOn: '2016-01-11',
    startMonth: '2017-06',
    endMonth: '2020-06',
    durationMonths: 36,
    objectiveIds: ['coordinate-ecosystems', 'develop-filieres', 'cross-border-chains'],
    filiereIds: [...ALL_FILIERES],
  },
  objectives: [
    {
      id: 'coordinate-ecosystems',
      number: 1,
      title: "Encourager la coordination entre les écosystèmes économiques de l'Espace Mont-Blanc",
    },
    {
      id: 'develop-filieres',
      number: 2,
      title: "Développer les filières d'excellence de l'Espace Mont-Blanc",
    },
    {
      id: 'cross-border-chains',
      number: 3,
      title: 'Favoriser la création de chaînes de production transfrontalières',
    },
  ],
  filieres: [
    {
      id: 'outdoor',
      name: "Industrie de l'outdoor montagne hiver/été",
      shortName: 'Outdoor',
      description: "L'industrie des activités de plein air en montagne, pour l'hiver comme pour l'été.",
    },
    {
      id: 'phyto',
      name: 'Phyto industrie/bien-être et santé',
      shortName: 'Phyto',
      description: 'La phyto-industrie et les activités de bien-être et de santé.',
    },
    {
      id: 'renovation',
      name: 'Rénovation du bâtiment en montagne',
      shortName: 'Rénovation',
      description: 'La rénovation des bâtiments en zone de montagne.',
    },
  ],
  partners: [
    {
      id: 'cc-vallee-chamonix',
      name: 'Communauté de Communes de la Vallée de Chamonix Mont-Blanc',
      shortName: 'CC Vallée de Chamonix',
      role: 'lead',
      country: 'FR',
      legalStatus: 'community-of-communes',
      identifier: { scheme: 'siren', value: '200023372' },
      city: 'Chamonix-Mont-Blanc',
      nuts3: 'FRK28',
      territoryUnitCodes: ['74056', '74143', '74266', '74290'],
      fundingSource: 'erdf',
      budget: {
        eligibleTotal: { amount: '425694.00', currency: 'EUR' },
        fundRate: '0.85',
        declaredErdfAmount: { amount: '361839.90', currency: 'EUR' },
      },
    },
    {
      id: 'cc-pays-mont-blanc',
      name: 'Communauté de Communes Pays du Mont-Blanc',
      shortName: 'CC Pays du Mont-Blanc',
      role: 'partner',
      country: 'FR',
      legalStatus: 'community-of-communes',
      identifier: { scheme: 'siren', value: '200034882' },
      city: 'Passy',
      nuts3: 'FRK28',
      territoryUnitCodes: [
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
      ],
      fundingSource: 'erdf',
      budget: {
        eligibleTotal: { amount: '422517.30', currency: 'EUR' },
        fundRate: '0.85',
        declaredErdfAmount: { amount: '359139.70', currency: 'EUR' },
      },
    },
    {
      id: 'chambre-valdotaine',
      name: 'Chambre valdôtaine des entreprises et des activités libérales',
      shortName: 'Chambre valdôtaine',
      role: 'partner',
      country: 'IT',
      legalStatus: 'chamber-of-commerce',
      identifier: null,
      city: 'Aosta',
      nuts3: 'ITC20',
      territoryUnitCodes: IT_TERRITORY_UNITS.map((unit) => unit.code),
      fundingSource: 'erdf',
      delegatedBody: { name: 'Unioncamere Piemonte', role: 'sujet délégataire' },
      budget: {
        eligibleTotal: { amount: '615479.70', currency: 'EUR' },
        fundRate: '0.85',
        declaredErdfAmount: { amount: '523157.74', currency: 'EUR' },
      },
    },
    {
      id: 'cimark',
      name: 'CimArk SA',
      shortName: 'CimArk',
      role: 'partner',
      country: 'CH',
      legalStatus: 'public-limited-company',
      identifier: null,
      city: 'Sion',
      nuts3: 'CH012',
      territoryUnitCodes: CH_TERRITORY_UNITS.map((unit) => unit.code),
      fundingSource: 'swiss',
      budget: {
        eligibleTotal: { amount: '306200.00', currency: 'CHF' },
        fundRate: null,
        declaredErdfAmount: null,
      },
    },
  ],
  workPackages: [
    { id: 'wp1', number: 1, title: 'Gouvernance et gestion administrative du projet' },
    { id: 'wp2', number: 2, title: 'Communication' },
    { id: 'wp3', number: 3, title: "Favoriser le développement des trois filières d'excellence" },
    { id: 'wp4', number: 4, title: 'Accompagnement proactif des acteurs économiques des filières' },
  ],
  activities: [
    {
      id: '1.1',
      workPackageId: 'wp1',
      title: 'Pilotage transfrontalier du projet',
      description:
        'Constituer le comité de pilotage transfrontalier : gouvernance du projet, mise en œuvre coordonnée des activités, suivi financier et administratif selon les règles du programme ALCOTRA, animation et consolidation du réseau partenarial.',
    },
    {
      id: '1.2',
      workPackageId: 'wp1',
      title: 'Coordination technique des activités et constitution du Think tank',
      description:
        "Coordonner et animer les activités (mises en relation, connaissance économique du territoire, échanges de bonnes pratiques, rencontres techniques) au sein du Think tank Mont-Blanc INNOVATION, organe de réflexion sur la stratégie économique de l'Espace Mont-Blanc et laboratoire d'idées.",
    },
    {
      id: '2.1',
      workPackageId: 'wp2',
      title: 'Communication institutionnelle et actions de promotion',
      description:
        "Mobiliser les acteurs économiques et le grand public autour du projet, promouvoir ses actions et ses résultats avec une image commune, cohérente avec l'identité de l'Espace Mont-Blanc.",
    },
    {
      id: '2.2',
      workPackageId: 'wp2',
      title: 'Stratégie de spécialisation intelligente commune transfrontalière',
      description:
        'Définir et rédiger une stratégie de spécialisation intelligente commune, fondée sur les atouts et les possibilités économiques propres à la région transfrontalière.',
    },
    {
      id: '3.1',
      workPackageId: 'wp3',
      title: "Création d'une dynamique de filière",
      description:
        "Analyser le terrain et modéliser les trois filières d'excellence, pour mobiliser un noyau d'entreprises (réseau, grappe ou pôle) autour de leur structuration.",
    },
    {
      id: '3.2',
      workPackageId: 'wp3',
      title: 'Identification des interactions des filières',
      description:
        "Développer le volet économique de l'Observatoire du Mont-Blanc : recenser les données quantitatives par filière sur les trois territoires et en dresser la cartographie.",
    },
    {
      id: '4.1',
      workPackageId: 'wp4',
      title: "Création d'accélérateurs d'innovation",
      description:
        "Mettre en place trois accélérateurs d'innovation, un par pays : la porte d'entrée des entreprises des filières, qui les orientent vers les dispositifs existants et vers ceux issus de la réflexion sur l'accompagnement des filières.",
    },
    {
      id: '4.2',
      workPackageId: 'wp4',
      title: "Prospection d'entreprise",
      description:
        "Favoriser les liens entre entreprises et entre recherche et entreprises, créer des opportunités d'affaires et étendre la démarche aux projets dormants.",
    },
  ],
  deliverables: [
    {
      id: 'steering-committee',
      activityId: '1.1',
      title: 'Comité de pilotage transfrontalier',
      description: 'Instance de gouvernance et de suivi du projet.',
      source: 'seed',
    },
    {
      id: 'think-tank',
      activityId: '1.2',
      title: 'Think tank Mont-Blanc INNOVATION',
      description: "Groupe technique de coordination et laboratoire d'idées.",
      source: 'seed',
    },
    {
      id: 'smart-specialisation-strategy',
      activityId: '2.2',
      title: 'Stratégie de spécialisation intelligente commune transfrontalière',
      description: "Document de stratégie commune à l'Espace Mont-Blanc.",
      source: 'seed',
    },
    {
      id: 'filiere-models',
      activityId: '3.1',
      title: "Modélisation des filières d'excellence",
      description: 'Analyse de terrain et modèle de chacune des trois filières.',
      source: 'seed',
    },
    {
      id: 'economic-observatory',
      activityId: '3.2',
      title: "Volet économique de l'Observatoire du Mont-Blanc",
      description: 'Données quantitatives par filière sur les trois territoires.',
      source: 'seed',
    },
    {
      id: 'filiere-map',
      activityId: '3.2',
      title: 'Cartographie des filières',
      description:
        "Création d'une cartographie, avec le recensement des données quantitatives par filière sur les trois territoires.",
      source: 'seed',
    },
    {
      id: 'innovation-accelerators',
      activityId: '4.1',
      title: "Accélérateurs d'innovation",
      description: "Un accélérateur par pays, porte d'entrée des entreprises des filières.",
      source: 'seed',
    },
  ],
  // Targets are counts the seed states: one common strategy (2.2), three filières (3.1), three territories
  // (3.2), three accelerators (4.1).
  indicators: [
    {
      id: 'smart-specialisation-strategy',
      label: 'Stratégie de spécialisation intelligente commune rédigée',
      unit: 'document',
      target: 1,
      achieved: null,
      activityId: '2.2',
      source: 'seed',
    },
    {
      id: 'filieres-modelled',
      label: "Filières d'excellence modélisées",
      unit: 'filiere',
      target: 3,
      achieved: null,
      activityId: '3.1',
      source: 'seed',
    },
    {
      id: 'observatory-territories',
      label: "Territoires couverts par le volet économique de l'Observatoire",
      unit: 'territory',
      target: 3,
      achieved: null,
      activityId: '3.2',
      source: 'seed',
    },
    {
      id: 'innovation-accelerators',
      label: "Accélérateurs d'innovation mis en place",
      unit: 'accelerator',
      target: 3,
      achieved: null,
      activityId: '4.1',
      source: 'seed',
    },
  ],
  stakeholders: [
    {
      id: 'cci-haute-savoie',
      name: "Chambre de commerce et d'industrie de la Haute-Savoie",
      shortName: 'CCI Haute-Savoie',
      kind: 'chamber',
      country: 'FR',
      source: 'seed',
    },
    {
      id: 'cma-haute-savoie',
      name: "Chambre de métiers et de l'artisanat de la Haute-Savoie",
      shortName: 'CMA Haute-Savoie',
      kind: 'chamber',
      country: 'FR',
      source: 'seed',
    },
    {
      id: 'outdoor-sports-valley',
      name: 'Outdoor Sports Valley',
      shortName: 'OSV',
      kind: 'cluster',
      // The seed lists "Outdoor sport Valley OSV" without saying what it is or where: kind and country assumed.
      country: 'FR',
      source: 'assumed',
    },
    {
      id: 'mountain-store-quechua-wedze',
      name: "Mountain Store – Quechua – Wed'ze",
      shortName: 'Mountain Store',
      kind: 'company',
      // The seed lists "Mountain Store - Quechua – Wed’ze" without a country: assumed.
      country: 'FR',
      source: 'assumed',
    },
  ],
  // The seed plans three accelerators, one per country, open to the companies of every filière; their
  // names and host partners are the maintainers' assumption.
  accelerators: [
    {
      id: 'accelerator-fr',
      country: 'FR',
      partnerId: 'cc-vallee-chamonix',
      name: "Accélérateur d'innovation Mont-Blanc — Haute-Savoie",
      filiereIds: [...ALL_FILIERES],
      source: 'assumed',
    },
    {
      id: 'accelerator-it',
      country: 'IT',
      partnerId: 'chambre-valdotaine',
      name: "Acceleratore d'innovazione Mont-Blanc — Valle d'Aosta",
      filiereIds: [...ALL_FILIERES],
      source: 'assumed',
    },
    {
      id: 'accelerator-ch',
      country: 'CH',
      partnerId: 'cimark',
      name: "Accélérateur d'innovation Mont-Blanc — Valais",
      filiereIds: [...ALL_FILIERES],
      source: 'assumed',
    },
  ],
  territoryUnits: [...FR_TERRITORY_UNITS, ...IT_TERRITORY_UNITS, ...CH_TERRITORY_UNITS],
};
