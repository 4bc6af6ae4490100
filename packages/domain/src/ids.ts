import { z } from 'zod';

/**
 * Stable identifiers and closed vocabularies of the Mont-Blanc INNOVATION domain. The API, the database and
 * the i18n catalogs all key on these values, so they never change once published.
 */

/**
 * The three filières d'excellence (priority mountain sectors).
 *
 * @example FILIERE_IDS.includes('outdoor') // true
 */
export const FILIERE_IDS = ['outdoor', 'phyto', 'renovation'] as const;
/** @example FiliereIdSchema.parse('outdoor') */
export const FiliereIdSchema = z.enum(FILIERE_IDS);
export type FiliereId = z.infer<typeof FiliereIdSchema>;

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
/** @example PartnerIdSchema.parse('cimark') */
export const PartnerIdSchema = z.enum(PARTNER_IDS);
export type PartnerId = z.infer<typeof PartnerIdSchema>;

/**
 * Work packages WP1 to WP4.
 *
 * @example WORK_PACKAGE_IDS.at(-1) // 'wp4'
 */
export const WORK_PACKAGE_IDS = ['wp1', 'wp2', 'wp3', 'wp4'] as const;
/** @example WorkPackageIdSchema.parse('wp3') */
export const WorkPackageIdSchema = z.enum(WORK_PACKAGE_IDS);
export type WorkPackageId = z.infer<typeof WorkPackageIdSchema>;

/**
 * Activities, numbered within their work package.
 *
 * @example ACTIVITY_IDS.filter((id) => id.startsWith('3.')) // ['3.1', '3.2']
 */
export const ACTIVITY_IDS = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'] as const;
/** @example ActivityIdSchema.parse('3.2') */
export const ActivityIdSchema = z.enum(ACTIVITY_IDS);
export type ActivityId = z.infer<typeof ActivityIdSchema>;

/**
 * The project's three objectives.
 *
 * @example OBJECTIVE_IDS[2] // 'cross-border-chains'
 */
export const OBJECTIVE_IDS = ['coordinate-ecosystems', 'develop-filieres', 'cross-border-chains'] as const;
/** @example ObjectiveIdSchema.parse('develop-filieres') */
export const ObjectiveIdSchema = z.enum(OBJECTIVE_IDS);
export type ObjectiveId = z.infer<typeof ObjectiveIdSchema>;

/**
 * Countries of the Espace Mont-Blanc (ISO 3166-1 alpha-2).
 *
 * @example COUNTRY_CODES.includes('CH') // true
 */
export const COUNTRY_CODES = ['FR', 'IT', 'CH'] as const;
/** @example CountryCodeSchema.parse('IT') */
export const CountryCodeSchema = z.enum(COUNTRY_CODES);
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/**
 * Role of a partner in the partnership.
 *
 * @example PARTNER_ROLES[0] // 'lead'
 */
export const PARTNER_ROLES = ['lead', 'partner'] as const;
/** @example PartnerRoleSchema.parse('lead') */
export const PartnerRoleSchema = z.enum(PARTNER_ROLES);
export type PartnerRole = z.infer<typeof PartnerRoleSchema>;

/**
 * Where a partner's money comes from: the ERDF (FEDER) or Swiss federal/cantonal funds (outside ERDF).
 *
 * @example FUNDING_SOURCES.includes('swiss') // true
 */
export const FUNDING_SOURCES = ['erdf', 'swiss'] as const;
/** @example FundingSourceSchema.parse('swiss') */
export const FundingSourceSchema = z.enum(FUNDING_SOURCES);
export type FundingSource = z.infer<typeof FundingSourceSchema>;

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
/** @example LegalStatusSchema.parse('community-of-communes') */
export const LegalStatusSchema = z.enum(LEGAL_STATUSES);
export type LegalStatus = z.infer<typeof LegalStatusSchema>;

/**
 * Kind of territorial unit, by country.
 *
 * @example TERRITORY_KINDS.includes('comune') // true
 */
export const TERRITORY_KINDS = ['commune', 'comune', 'municipality'] as const;
/** @example TerritoryKindSchema.parse('comune') */
export const TerritoryKindSchema = z.enum(TERRITORY_KINDS);
export type TerritoryKind = z.infer<typeof TerritoryKindSchema>;

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
/** @example SizeBandSchema.parse('12') */
export const SizeBandSchema = z.enum(SIZE_BANDS);
export type SizeBand = z.infer<typeof SizeBandSchema>;

/**
 * Administrative status of an establishment: active or closed (SIRENE `A`/`F`).
 *
 * @example ESTABLISHMENT_STATUSES.includes('closed') // true
 */
export const ESTABLISHMENT_STATUSES = ['active', 'closed'] as const;
/** @example EstablishmentStatusSchema.parse('active') */
export const EstablishmentStatusSchema = z.enum(ESTABLISHMENT_STATUSES);
export type EstablishmentStatus = z.infer<typeof EstablishmentStatusSchema>;

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
/** @example EventKindSchema.parse('steering-committee') */
export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

/**
 * Kinds of stakeholders around the project.
 *
 * @example STAKEHOLDER_KINDS.includes('cluster') // true
 */
export const STAKEHOLDER_KINDS = ['chamber', 'cluster', 'company', 'public-body', 'research'] as const;
/** @example StakeholderKindSchema.parse('chamber') */
export const StakeholderKindSchema = z.enum(STAKEHOLDER_KINDS);
export type StakeholderKind = z.infer<typeof StakeholderKindSchema>;

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
/** @example OpportunityKindSchema.parse('dormant-project') */
export const OpportunityKindSchema = z.enum(OPPORTUNITY_KINDS);
export type OpportunityKind = z.infer<typeof OpportunityKindSchema>;

/**
 * Languages of the project: French and Italian (working languages), German (Upper Valais), English.
 *
 * @example LOCALES.includes('de') // true
 */
export const LOCALES = ['fr', 'it', 'de', 'en'] as const;
/** @example LocaleSchema.parse('it') */
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * Currencies the project handles (ISO 4217).
 *
 * @example CURRENCIES.includes('CHF') // true
 */
export const CURRENCIES = ['EUR', 'CHF'] as const;
/** @example CurrencySchema.parse('CHF') */
export const CurrencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof CurrencySchema>;

/**
 * Statuses of a business opportunity, from first contact to its outcome.
 *
 * @example OPPORTUNITY_STATUSES.at(-1) // 'abandoned'
 */
export const OPPORTUNITY_STATUSES = ['identified', 'in-progress', 'concluded', 'abandoned'] as const;
/** @example OpportunityStatusSchema.parse('in-progress') */
export const OpportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES);
export type OpportunityStatus = z.infer<typeof OpportunityStatusSchema>;

/**
 * NUTS 3 regions of the Espace Mont-Blanc: Haute-Savoie, Valle d'Aosta, Valais.
 *
 * @example NUTS3_CODES.includes('FRK28') // true
 */
export const NUTS3_CODES = ['FRK28', 'ITC20', 'CH012'] as const;
/** @example Nuts3CodeSchema.parse('ITC20') */
export const Nuts3CodeSchema = z.enum(NUTS3_CODES);
export type Nuts3Code = z.infer<typeof Nuts3CodeSchema>;

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
/** @example ActivityCodeSchemeSchema.parse('naf') */
export const ActivityCodeSchemeSchema = z.enum(ACTIVITY_CODE_SCHEMES);
export type ActivityCodeScheme = z.infer<typeof ActivityCodeSchemeSchema>;

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
/** @example IdentifierSchemeSchema.parse('siret') */
export const IdentifierSchemeSchema = z.enum(IDENTIFIER_SCHEMES);
export type IdentifierScheme = z.infer<typeof IdentifierSchemeSchema>;

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
/** @example IdentifierErrorCodeSchema.parse('checksum') */
export const IdentifierErrorCodeSchema = z.enum(IDENTIFIER_ERROR_CODES);
export type IdentifierErrorCode = z.infer<typeof IdentifierErrorCodeSchema>;

/**
 * Where a reference record comes from: `seed` when every value is stated in the project description (the
 * French seed text; an abbreviation may be spelled out, a description summarises it), `assumed` when the
 * maintainers chose at least one value the description does not give (a name, a host partner, a kind),
 * so that a dashboard can say which figures and names are the application's and which are not.
 *
 * @example DATA_SOURCES.includes('assumed') // true
 */
export const DATA_SOURCES = ['seed', 'assumed'] as const;
/** @example DataSourceSchema.parse('seed') */
export const DataSourceSchema = z.enum(DATA_SOURCES);
export type DataSource = z.infer<typeof DataSourceSchema>;
