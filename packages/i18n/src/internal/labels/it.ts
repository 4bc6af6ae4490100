import type { Labels } from '../labels';
import { LOCALE_NAMES, PARTNER_SHORT_NAMES } from './shared';

/**
 * Italian labels. The SIRENE size bands count employees (salariés), hence `dipendenti`; four-digit numbers
 * are not grouped, as CLDR does for Italian.
 */
export const itLabels: Labels = {
  filiere: {
    outdoor: 'Industria outdoor di montagna, invernale ed estiva',
    phyto: 'Fitoindustria, benessere e salute',
    renovation: 'Ristrutturazione edilizia in montagna',
  },
  filiereShort: {
    outdoor: 'Outdoor',
    phyto: 'Fitoindustria',
    renovation: 'Ristrutturazione',
  },
  partner: PARTNER_SHORT_NAMES,
  workPackage: {
    wp1: 'Governance e amministrazione',
    wp2: 'Comunicazione',
    wp3: 'Sviluppo delle tre filiere',
    wp4: 'Accompagnamento proattivo delle imprese',
  },
  activity: {
    '1.1': 'Pilotaggio transfrontaliero del progetto',
    '1.2': 'Coordinamento tecnico e Think tank Mont-Blanc INNOVATION',
    '2.1': 'Comunicazione istituzionale e promozione',
    '2.2': 'Strategia transfrontaliera comune di specializzazione intelligente',
    '3.1': 'Dinamiche delle filiere (analisi sul campo, modellizzazione)',
    '3.2': 'Interazioni tra filiere, osservatorio economico e mappatura',
    '4.1': 'Acceleratori di innovazione',
    '4.2': 'Prospezione di opportunità d’affari',
  },
  objective: {
    'coordinate-ecosystems': 'Coordinare gli ecosistemi economici dell’Espace Mont-Blanc',
    'develop-filieres': 'Sviluppare le filiere d’eccellenza',
    'cross-border-chains': 'Favorire filiere produttive transfrontaliere',
  },
  country: {
    FR: 'Francia',
    IT: 'Italia',
    CH: 'Svizzera',
  },
  partnerRole: {
    lead: 'Capofila',
    partner: 'Partner',
  },
  fundingSource: {
    erdf: 'Fondo europeo di sviluppo regionale (FESR)',
    swiss: 'Fondi federali e cantonali svizzeri (fuori FESR)',
  },
  legalStatus: {
    'community-of-communes': 'Comunità di comuni',
    'chamber-of-commerce': 'Camera di commercio',
    'public-limited-company': 'Società anonima',
  },
  territoryKind: {
    commune: 'Comune (Francia)',
    comune: 'Comune (Italia)',
    municipality: 'Comune (Svizzera)',
  },
  nuts3: {
    FRK28: 'Alta Savoia',
    ITC20: 'Valle d’Aosta',
    CH012: 'Vallese',
  },
  sizeBand: {
    NN: 'Unità senza dipendenti o presunta tale',
    '00': '0 dipendenti al 31/12 (con dipendenti nel corso dell’anno)',
    '01': '1 o 2 dipendenti',
    '02': 'Da 3 a 5 dipendenti',
    '03': 'Da 6 a 9 dipendenti',
    '11': 'Da 10 a 19 dipendenti',
    '12': 'Da 20 a 49 dipendenti',
    '21': 'Da 50 a 99 dipendenti',
    '22': 'Da 100 a 199 dipendenti',
    '31': 'Da 200 a 249 dipendenti',
    '32': 'Da 250 a 499 dipendenti',
    '41': 'Da 500 a 999 dipendenti',
    '42': 'Da 1000 a 1999 dipendenti',
    '51': 'Da 2000 a 4999 dipendenti',
    '52': 'Da 5000 a 9999 dipendenti',
    '53': '10.000 dipendenti e oltre',
  },
  establishmentStatus: {
    active: 'Attiva',
    closed: 'Cessata',
  },
  eventKind: {
    'steering-committee': 'Comitato di pilotaggio',
    'think-tank-meeting': 'Riunione del Think tank',
    'communication-action': 'Azione di comunicazione',
    'business-meeting': 'Incontro d’affari',
    workshop: 'Workshop',
  },
  stakeholderKind: {
    chamber: 'Ente camerale',
    cluster: 'Cluster o polo',
    company: 'Impresa',
    'public-body': 'Ente pubblico',
    research: 'Ente di ricerca',
  },
  opportunityKind: {
    'company-to-company': 'Messa in contatto tra imprese',
    'research-to-company': 'Messa in contatto tra ricerca e impresa',
    'dormant-project': 'Rilancio di un progetto fermo',
    'cross-border-chain': 'Filiera produttiva transfrontaliera',
  },
  opportunityStatus: {
    identified: 'Individuata',
    'in-progress': 'In corso',
    concluded: 'Conclusa',
    abandoned: 'Abbandonata',
  },
  activityCodeScheme: {
    naf: 'NAF rév. 2 (Francia)',
    ateco: 'ATECO 2007 (Italia)',
    noga: 'NOGA 2008 (Svizzera)',
    nace: 'NACE Rev. 2 (Unione europea)',
    naf2025: 'NAF 2025 (Francia)',
    ateco2025: 'ATECO 2025 (Italia)',
    noga2025: 'NOGA 2025 (Svizzera)',
    nace2025: 'NACE Rev. 2.1 (Unione europea)',
  },
  identifierScheme: {
    siren: 'SIREN (impresa, Francia)',
    siret: 'SIRET (unità locale, Francia)',
    'fr-vat': 'Numero di partita IVA francese',
    'partita-iva': 'Partita IVA',
    'codice-fiscale': 'Codice fiscale',
    'che-uid': 'IDI (numero d’identificazione delle imprese, Svizzera)',
  },
  identifierError: {
    format: 'caratteri o struttura non validi',
    length: 'lunghezza errata',
    checksum: 'carattere di controllo errato',
    prefix: 'prefisso FR o CHE mancante',
    'office-code': 'codice dell’ufficio provinciale non valido',
    'unknown-month': 'mese di nascita sconosciuto',
    'invalid-day': 'giorno di nascita non valido',
  },
  currency: {
    EUR: 'Euro',
    CHF: 'Franco svizzero',
  },
  dataSource: {
    seed: 'Descrizione del progetto',
    assumed: 'Ipotesi',
  },
  locale: LOCALE_NAMES,
};
