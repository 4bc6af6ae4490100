import type { Labels } from '../labels';
import { LOCALE_NAMES, PARTNER_SHORT_NAMES } from './shared';

/**
 * French labels. Size bands follow INSEE's wording of `trancheEffectifsEtablissement` (thousands separated
 * by a narrow no-break space, U+202F, as CLDR does for French).
 */
export const frLabels: Labels = {
  filiere: {
    outdoor: 'Industrie outdoor de montagne, hiver et été',
    phyto: 'Phyto-industrie, bien-être et santé',
    renovation: 'Rénovation du bâti en montagne',
  },
  filiereShort: {
    outdoor: 'Outdoor',
    phyto: 'Phyto',
    renovation: 'Rénovation',
  },
  partner: PARTNER_SHORT_NAMES,
  workPackage: {
    wp1: 'Gouvernance et administration',
    wp2: 'Communication',
    wp3: 'Développement des trois filières',
    wp4: 'Accompagnement proactif des entreprises',
  },
  activity: {
    '1.1': 'Comité de pilotage transfrontalier',
    '1.2': 'Coordination technique et Think tank Mont-Blanc INNOVATION',
    '2.1': 'Communication institutionnelle et promotion',
    '2.2': 'Stratégie transfrontalière commune de spécialisation intelligente',
    '3.1': 'Dynamique des filières (analyse de terrain, modélisation)',
    '3.2': 'Interactions des filières, observatoire économique et cartographie',
    '4.1': 'Accélérateurs d’innovation',
    '4.2': 'Prospection d’affaires',
  },
  objective: {
    'coordinate-ecosystems': 'Coordonner les écosystèmes économiques de l’Espace Mont-Blanc',
    'develop-filieres': 'Développer les filières d’excellence',
    'cross-border-chains': 'Favoriser des chaînes de production transfrontalières',
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
  locale: LOCALE_NAMES,
};
