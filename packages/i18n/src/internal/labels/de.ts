import type { Labels } from '../labels';
import { LOCALE_NAMES, PARTNER_SHORT_NAMES } from './shared';

/**
 * German labels, in Swiss Standard German for the Upper Valais: `ss` for `ß`, and numbers grouped as
 * `formatNumber(n, 'de')` prints them (German formats as de-CH): `1'000`, `10'000`, with U+0027 APOSTROPHE.
 */
export const deLabels: Labels = {
  filiere: {
    outdoor: 'Bergsport- und Outdoor-Industrie, Winter und Sommer',
    phyto: 'Phytoindustrie, Wohlbefinden und Gesundheit',
    renovation: 'Gebäudesanierung im Berggebiet',
  },
  filiereShort: {
    outdoor: 'Outdoor',
    phyto: 'Phyto',
    renovation: 'Sanierung',
  },
  partner: PARTNER_SHORT_NAMES,
  workPackage: {
    wp1: 'Steuerung und Verwaltung',
    wp2: 'Kommunikation',
    wp3: 'Entwicklung der drei Schwerpunktbranchen',
    wp4: 'Proaktive Unterstützung der Unternehmen',
  },
  activity: {
    '1.1': 'Grenzüberschreitende Projektsteuerung',
    '1.2': 'Technische Koordination und Think-Tank Mont-Blanc INNOVATION',
    '2.1': 'Institutionelle Kommunikation und Öffentlichkeitsarbeit',
    '2.2': 'Gemeinsame grenzüberschreitende Strategie für intelligente Spezialisierung',
    '3.1': 'Branchendynamik (Feldanalyse, Modellierung)',
    '3.2': 'Verflechtungen der Branchen, Wirtschaftsobservatorium und Kartografie',
    '4.1': 'Innovationsbeschleuniger',
    '4.2': 'Geschäftsanbahnung',
  },
  objective: {
    'coordinate-ecosystems': 'Die Wirtschaftsökosysteme des Espace Mont-Blanc koordinieren',
    'develop-filieres': 'Die Schwerpunktbranchen entwickeln',
    'cross-border-chains': 'Grenzüberschreitende Wertschöpfungsketten fördern',
  },
  country: {
    FR: 'Frankreich',
    IT: 'Italien',
    CH: 'Schweiz',
  },
  partnerRole: {
    lead: 'Lead-Partner',
    partner: 'Projektpartner',
  },
  fundingSource: {
    erdf: 'Europäischer Fonds für regionale Entwicklung (EFRE)',
    swiss: 'Mittel von Bund und Kantonen (ausserhalb EFRE)',
  },
  legalStatus: {
    'community-of-communes': 'Gemeindeverband',
    'chamber-of-commerce': 'Handelskammer',
    'public-limited-company': 'Aktiengesellschaft',
  },
  territoryKind: {
    commune: 'Gemeinde (Frankreich)',
    comune: 'Gemeinde (Italien)',
    municipality: 'Gemeinde (Schweiz)',
  },
  nuts3: {
    FRK28: 'Hochsavoyen',
    ITC20: 'Aostatal',
    CH012: 'Wallis',
  },
  sizeBand: {
    NN: 'Keine Beschäftigten (gemeldet oder vermutet)',
    '00': '0 Beschäftigte am 31.12. (im Lauf des Jahres Arbeitgeber)',
    '01': '1 oder 2 Beschäftigte',
    '02': '3 bis 5 Beschäftigte',
    '03': '6 bis 9 Beschäftigte',
    '11': '10 bis 19 Beschäftigte',
    '12': '20 bis 49 Beschäftigte',
    '21': '50 bis 99 Beschäftigte',
    '22': '100 bis 199 Beschäftigte',
    '31': '200 bis 249 Beschäftigte',
    '32': '250 bis 499 Beschäftigte',
    '41': '500 bis 999 Beschäftigte',
    '42': "1'000 bis 1'999 Beschäftigte",
    '51': "2'000 bis 4'999 Beschäftigte",
    '52': "5'000 bis 9'999 Beschäftigte",
    '53': "10'000 und mehr Beschäftigte",
  },
  establishmentStatus: {
    active: 'Aktiv',
    closed: 'Geschlossen',
  },
  eventKind: {
    'steering-committee': 'Lenkungsausschuss',
    'think-tank-meeting': 'Sitzung des Think-Tanks',
    'communication-action': 'Kommunikationsmassnahme',
    'business-meeting': 'Geschäftstreffen',
    workshop: 'Workshop',
  },
  stakeholderKind: {
    chamber: 'Kammer',
    cluster: 'Cluster',
    company: 'Unternehmen',
    'public-body': 'Öffentliche Körperschaft',
    research: 'Forschungseinrichtung',
  },
  opportunityKind: {
    'company-to-company': 'Vernetzung von Unternehmen',
    'research-to-company': 'Vernetzung von Forschung und Unternehmen',
    'dormant-project': 'Wiederbelebung eines ruhenden Projekts',
    'cross-border-chain': 'Grenzüberschreitende Wertschöpfungskette',
  },
  opportunityStatus: {
    identified: 'Erkannt',
    'in-progress': 'In Bearbeitung',
    concluded: 'Abgeschlossen',
    abandoned: 'Aufgegeben',
  },
  activityCodeScheme: {
    naf: 'NAF rév. 2 (Frankreich)',
    ateco: 'ATECO 2007 (Italien)',
    noga: 'NOGA 2008 (Schweiz)',
    nace: 'NACE Rev. 2 (Europäische Union)',
    naf2025: 'NAF 2025 (Frankreich)',
    ateco2025: 'ATECO 2025 (Italien)',
    noga2025: 'NOGA 2025 (Schweiz)',
    nace2025: 'NACE Rev. 2.1 (Europäische Union)',
  },
  identifierScheme: {
    siren: 'SIREN (Unternehmen, Frankreich)',
    siret: 'SIRET (Betrieb, Frankreich)',
    'fr-vat': 'Französische Mehrwertsteuernummer',
    'partita-iva': 'Partita IVA (italienische Mehrwertsteuernummer)',
    'codice-fiscale': 'Codice fiscale (italienische Steuernummer)',
    'che-uid': 'UID (Unternehmens-Identifikationsnummer)',
  },
  identifierError: {
    format: 'ungültige Zeichen oder Struktur',
    length: 'falsche Länge',
    checksum: 'falsche Prüfziffer',
    prefix: 'Präfix FR oder CHE fehlt',
    'office-code': 'ungültiger Code des Provinzamts',
    'unknown-month': 'unbekannter Geburtsmonat',
    'invalid-day': 'ungültiger Tag im Geburtsdatum',
  },
  currency: {
    EUR: 'Euro',
    CHF: 'Schweizer Franken',
  },
  dataSource: {
    seed: 'Projektbeschreibung',
    assumed: 'Annahme',
  },
  locale: LOCALE_NAMES,
};
