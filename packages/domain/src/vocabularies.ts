/**
 * Stable identifiers and closed vocabularies of the Mont-Blanc INNOVATION domain. The API, the database and
 * the i18n catalogs all key on these values, so they never change once published. No zod here (the schemas
 * are in ./ids): a page that needs only the values does not load it.
 */

/**
 * The three filières d'excellence (priority mountain sectors).
 *
 * @example FILIERE_IDS.includes('outdoor') // true
 */
export const FILIERE_IDS = ['outdoor', 'phyto', 'renovation'] as const;
export type FiliereId = (typeof FILIERE_IDS)[number];

/**
 * The project's partners.
 *
 * @example PARTNER_IDS.length // 4
 */
export const PARTNER_IDS = [
  'cc-vallee-chamonix',
  'cc-pays-mont-blanc',
  'chambre-valdotaine',
  'cimark',
] as const;
export type PartnerId = (typeof PARTNER_IDS)[number];

/**
 * Work packages WP1 to WP4.
 *
 * @example WORK_PACKAGE_IDS.at(-1) // 'wp4'
 */
export const WORK_PACKAGE_IDS = ['wp1', 'wp2', 'wp3', 'wp4'] as const;
export type WorkPackageId = (typeof WORK_PACKAGE_IDS)[number];

/**
 * Activities, numbered within their work package.
 *
 * @example ACTIVITY_IDS.filter((id) => id.startsWith('3.')) // ['3.1', '3.2']
 */
export const ACTIVITY_IDS = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'] as const;
export type ActivityId = (typeof ACTIVITY_IDS)[number];

/**
 * The project's three objectives.
 *
 * @example OBJECTIVE_IDS[2] // 'cross-border-chains'
 */
export const OBJECTIVE_IDS = ['coordinate-ecosystems', 'develop-filieres', 'cross-border-chains'] as const;
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];

/**
 * Countries of the Espace Mont-Blanc (ISO 3166-1 alpha-2).
 *
 * @example COUNTRY_CODES.includes('CH') // true
 */
export const COUNTRY_CODES = ['FR', 'IT', 'CH'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/**
 * Role of a partner in the partnership.
 *
 * @example PARTNER_ROLES[0] // 'lead'
 */
export const PARTNER_ROLES = ['lead', 'partner'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/**
 * Where a partner's money comes from: the ERDF (FEDER) or Swiss federal/cantonal funds (outside ERDF).
 *
 * @example FUNDING_SOURCES.includes('swiss') // true
 */
export const FUNDING_SOURCES = ['erdf', 'swiss'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/**
 * Legal status of a partner.
 *
 * @example LEGAL_STATUSES.includes('chamber-of-commerce') // true
 */
export const LEGAL_STATUSES = [
  'community-of-communes',
  'chamber-of-commerce',
  'public-limited-company',
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/**
 * Kind of territorial unit, by country.
 *
 * @example TERRITORY_KINDS.includes('comune') // true
 */
export const TERRITORY_KINDS = ['commune', 'comune', 'municipality'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/**
 * Establishment size bands: the INSEE SIRENE `trancheEffectifsEtablissement` codes, used as the common
 * scale (Italian and Swiss head counts are mapped onto them). `NN` = a non-employing unit, or one presumed so for want of a declaration (INSEE).
 *
 * @example SIZE_BANDS.indexOf('12') // 6
 */
export const SIZE_BANDS = [
  'NN',
  '00',
  '01',
  '02',
  '03',
  '11',
  '12',
  '21',
  '22',
  '31',
  '32',
  '41',
  '42',
  '51',
  '52',
  '53',
] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/**
 * Administrative status of an establishment: active or closed (SIRENE `A`/`F`).
 *
 * @example ESTABLISHMENT_STATUSES.includes('closed') // true
 */
export const ESTABLISHMENT_STATUSES = ['active', 'closed'] as const;
export type EstablishmentStatus = (typeof ESTABLISHMENT_STATUSES)[number];

/**
 * Kinds of project events.
 *
 * @example EVENT_KINDS.includes('workshop') // true
 */
export const EVENT_KINDS = [
  'steering-committee',
  'think-tank-meeting',
  'communication-action',
  'business-meeting',
  'workshop',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Kinds of stakeholders around the project.
 *
 * @example STAKEHOLDER_KINDS.includes('cluster') // true
 */
export const STAKEHOLDER_KINDS = ['chamber', 'cluster', 'company', 'public-body', 'research'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

/**
 * Kinds of business opportunities brought by business prospection (activity 4.2).
 *
 * @example OPPORTUNITY_KINDS.includes('dormant-project') // true
 */
export const OPPORTUNITY_KINDS = [
  'company-to-company',
  'research-to-company',
  'dormant-project',
  'cross-border-chain',
] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

/**
 * Languages of the project: French and Italian (working languages), German (Upper Valais), English.
 *
 * @example LOCALES.includes('de') // true
 */
export const LOCALES = ['fr', 'it', 'de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Currencies the project handles (ISO 4217).
 *
 * @example CURRENCIES.includes('CHF') // true
 */
export const CURRENCIES = ['EUR', 'CHF'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Statuses of a business opportunity, from first contact to its outcome.
 *
 * @example OPPORTUNITY_STATUSES.at(-1) // 'abandoned'
 */
export const OPPORTUNITY_STATUSES = ['identified', 'in-progress', 'concluded', 'abandoned'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/**
 * NUTS 3 regions of the Espace Mont-Blanc: Haute-Savoie, Valle d'Aosta, Valais.
 *
 * @example NUTS3_CODES.includes('FRK28') // true
 */
export const NUTS3_CODES = ['FRK28', 'ITC20', 'CH012'] as const;
export type Nuts3Code = (typeof NUTS3_CODES)[number];

/**
 * Classification an activity code is declared in: NAF rév.2 (FR, `43.31Z`), ATECO 2007 (IT, `43.31.00`),
 * NOGA 2008 (CH, `433100`) or NACE Rev.2 itself (`43.31`).
 *
 * @example ACTIVITY_CODE_SCHEMES.includes('noga') // true
 */
export const ACTIVITY_CODE_SCHEMES = [
  'naf',
  'ateco',
  'noga',
  'nace',
  'naf2025',
  'ateco2025',
  'noga2025',
  'nace2025',
] as const;
export type ActivityCodeScheme = (typeof ACTIVITY_CODE_SCHEMES)[number];

/**
 * National company identifiers: SIREN (company) and SIRET (establishment), French VAT number, partita IVA
 * (also the 11-digit codice fiscale of companies and public bodies), the 16-character codice fiscale of a
 * person, and the Swiss UID (`CHE-123.456.789`).
 *
 * @example IDENTIFIER_SCHEMES.includes('che-uid') // true
 */
export const IDENTIFIER_SCHEMES = [
  'siren',
  'siret',
  'fr-vat',
  'partita-iva',
  'codice-fiscale',
  'che-uid',
] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

/**
 * Why an identifier was refused: `format` (characters or structure), `length`, `checksum` (check digit or
 * key), `prefix` (missing `FR`/`CHE`), `office-code` (Italian office code in digits 8–10),
 * `unknown-month` and `invalid-day` (birth date part of a codice fiscale).
 *
 * @example IDENTIFIER_ERROR_CODES.includes('checksum') // true
 */
export const IDENTIFIER_ERROR_CODES = [
  'format',
  'length',
  'checksum',
  'prefix',
  'office-code',
  'unknown-month',
  'invalid-day',
] as const;
export type IdentifierErrorCode = (typeof IDENTIFIER_ERROR_CODES)[number];

/**
 * Where a reference record comes from: `seed` when every value is stated in the project description (the
 * French seed text; an abbreviation may be spelled out, a description summarises it), `assumed` when the
 * maintainers chose at least one value the description does not give (a name, a host partner, a kind),
 * so that a dashboard can say which figures and names are the application's and which are not.
 *
 * @example DATA_SOURCES.includes('assumed') // true
 */
export const DATA_SOURCES = ['seed', 'assumed'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];
