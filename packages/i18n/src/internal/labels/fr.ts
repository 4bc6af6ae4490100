import type { Labels } from '../labels';
import { LOCALE_NAMES, PARTNER_SHORT_NAMES } from './shared';

/**
 * French labels. Filières, objectives, work packages and activities carry the titles of the project
 * description (the seed text), word for word; size bands follow INSEE's wording of
 * `trancheEffectifsEtablissement` (thousands separated by a narrow no-break space, U+202F, as CLDR does for
 * French).
 */
export const frLabels: Labels = {
  filiere: {
    outdoor: 'Industrie de l’outdoor montagne hiver/été',
    phyto: 'Phyto industrie/bien-être et santé',
    renovation: 'Rénovation du bâtiment en montagne',
  },
  filiereShort: {
    outdoor: 'Outdoor',
    phyto: 'Phyto',
    renovation: 'Rénovation',
  },
  partner: PARTNER_SHORT_NAMES,
  workPackage: {
    wp1: 'Gouvernance et gestion administrative du projet',
    wp2: 'Communication',
    wp3: 'Favoriser le développement des trois filières d’excellence',
    wp4: 'Accompagnement proactif des acteurs économiques des filières',
  },
  activity: {
    '1.1': 'Pilotage transfrontalier du projet',
    '1.2': 'Coordination technique des activités et constitution du Think tank',
    '2.1': 'Communication institutionnelle et actions de promotion',
    '2.2': 'Stratégie de spécialisation intelligente commune transfrontalière',
    '3.1': 'Création d’une dynamique de filière',
    '3.2': 'Identification des interactions des filières',
    '4.1': 'Création d’accélérateurs d’innovation',
    '4.2': 'Prospection d’entreprise',
  },
  objective: {
    'coordinate-ecosystems':
      'Encourager la coordination entre les écosystèmes économiques de l’Espace Mont-Blanc',
    'develop-filieres': 'Développer les filières d’excellence de l’Espace Mont-Blanc',
    'cross-border-chains': 'Favoriser la création de chaînes de production transfrontalières',
  },
  country: {
    FR: 'France',
    IT: 'Italie',
    CH: 'Suisse',
  },
  partnerRole: {
    lead: 'Chef de file',
    partner: 'Partenaire',
  },
  fundingSource: {
    erdf: 'Fonds européen de développement régional (FEDER)',
    swiss: 'Fonds fédéraux et cantonaux suisses (hors FEDER)',
  },
  legalStatus: {
    'community-of-communes': 'Communauté de communes',
    'chamber-of-commerce': 'Chambre de commerce',
    'public-limited-company': 'Société anonyme',
  },
  territoryKind: {
    commune: 'Commune (France)',
    comune: 'Commune (Italie)',
    municipality: 'Commune (Suisse)',
  },
  nuts3: {
    FRK28: 'Haute-Savoie',
    ITC20: 'Vallée d’Aoste',
    CH012: 'Valais',
  },
  sizeBand: {
    NN: 'Unité non employeuse ou présumée telle',
    '00': '0 salarié au 31/12 (employeur en cours d’année)',
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
    '42': '1\u202f000 à 1\u202f999 salariés',
    '51': '2\u202f000 à 4\u202f999 salariés',
    '52': '5\u202f000 à 9\u202f999 salariés',
    '53': '10\u202f000 salariés et plus',
  },
  establishmentStatus: {
    active: 'Actif',
    closed: 'Fermé',
  },
  eventKind: {
    'steering-committee': 'Comité de pilotage',
    'think-tank-meeting': 'Réunion du Think tank',
    'communication-action': 'Action de communication',
    'business-meeting': 'Rencontre d’affaires',
    workshop: 'Atelier',
  },
  stakeholderKind: {
    chamber: 'Chambre consulaire',
    cluster: 'Cluster ou pôle',
    company: 'Entreprise',
    'public-body': 'Organisme public',
    research: 'Organisme de recherche',
  },
  opportunityKind: {
    'company-to-company': 'Mise en relation entre entreprises',
    'research-to-company': 'Mise en relation recherche-entreprise',
    'dormant-project': 'Relance d’un projet en sommeil',
    'cross-border-chain': 'Chaîne de production transfrontalière',
  },
  opportunityStatus: {
    identified: 'Identifiée',
    'in-progress': 'En cours',
    concluded: 'Conclue',
    abandoned: 'Abandonnée',
  },
  activityCodeScheme: {
    naf: 'NAF rév. 2 (France)',
    ateco: 'ATECO 2007 (Italie)',
    noga: 'NOGA 2008 (Suisse)',
    nace: 'NACE Rév. 2 (Union européenne)',
    naf2025: 'NAF 2025 (France)',
    ateco2025: 'ATECO 2025 (Italie)',
    noga2025: 'NOGA 2025 (Suisse)',
    nace2025: 'NACE Rév. 2.1 (Union européenne)',
  },
  identifierScheme: {
    siren: 'SIREN (entreprise)',
    siret: 'SIRET (établissement)',
    'fr-vat': 'Numéro de TVA intracommunautaire',
    'partita-iva': 'Partita IVA (numéro de TVA italien)',
    'codice-fiscale': 'Codice fiscale (code fiscal italien)',
    'che-uid': 'IDE (numéro suisse d’identification des entreprises)',
  },
  identifierError: {
    format: 'caractères ou structure incorrects',
    length: 'longueur incorrecte',
    checksum: 'clé de contrôle incorrecte',
    prefix: 'préfixe FR ou CHE manquant',
    'office-code': 'code d’office provincial incorrect',
    'unknown-month': 'mois de naissance inconnu',
    'invalid-day': 'jour de naissance incorrect',
  },
  currency: {
    EUR: 'Euro',
    CHF: 'Franc suisse',
  },
  dataSource: {
    seed: 'Description du projet',
    assumed: 'Hypothèse',
  },
  locale: LOCALE_NAMES,
};
