import { z } from 'zod';

/**
 * Stable identifiers and closed vocabularies of the Mont-Blanc INNOVATION domain. The API, the database and
 * the i18n catalogs all key on these values, so they never change once published.
 */

/** The three filières d'excellence (priority mountain sectors). */
export const FILIERE_IDS = ['outdoor', 'phyto', 'renovation'] as const;
/** @example FiliereIdSchema.parse('outdoor') */
export const FiliereIdSchema = z.enum(FILIERE_IDS);
export type FiliereId = z.infer<typeof FiliereIdSchema>;

/** The project's partners. */
export const PARTNER_IDS = [
  'cc-vallee-chamonix',
  'cc-pays-mont-blanc',
  'chambre-valdotaine',
  'cimark',
] as const;
/** @example PartnerIdSchema.parse('cimark') */
export const PartnerIdSchema = z.enum(PARTNER_IDS);
export type PartnerId = z.infer<typeof PartnerIdSchema>;

/** Work packages WP1 to WP4. */
export const WORK_PACKAGE_IDS = ['wp1', 'wp2', 'wp3', 'wp4'] as const;
/** @example WorkPackageIdSchema.parse('wp3') */
export const WorkPackageIdSchema = z.enum(WORK_PACKAGE_IDS);
export type WorkPackageId = z.infer<typeof WorkPackageIdSchema>;

/** Activities, numbered within their work package. */
export const ACTIVITY_IDS = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'] as const;
/** @example ActivityIdSchema.parse('3.2') */
export const ActivityIdSchema = z.enum(ACTIVITY_IDS);
export type ActivityId = z.infer<typeof ActivityIdSchema>;

/** The project's three objectives. */
export const OBJECTIVE_IDS = ['coordinate-ecosystems', 'develop-filieres', 'cross-border-chains'] as const;
export const ObjectiveIdSchema = z.enum(OBJECTIVE_IDS);
export type ObjectiveId = z.infer<typeof ObjectiveIdSchema>;

/** Countries of the Espace Mont-Blanc (ISO 3166-1 alpha-2). */
export const COUNTRY_CODES = ['FR', 'IT', 'CH'] as const;
/** @example CountryCodeSchema.parse('IT') */
export const CountryCodeSchema = z.enum(COUNTRY_CODES);
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/** Role of a partner in the partnership. */
export const PARTNER_ROLES = ['lead', 'partner'] as const;
export const PartnerRoleSchema = z.enum(PARTNER_ROLES);
export type PartnerRole = z.infer<typeof PartnerRoleSchema>;

/** Where a partner's money comes from: the ERDF (FEDER) or Swiss federal/cantonal funds (outside ERDF). */
export const FUNDING_SOURCES = ['erdf', 'swiss'] as const;
export const FundingSourceSchema = z.enum(FUNDING_SOURCES);
export type FundingSource = z.infer<typeof FundingSourceSchema>;

/** Legal status of a partner. */
export const LEGAL_STATUSES = [
  'community-of-communes',
  'chamber-of-commerce',
  'public-limited-company',
] as const;
export const LegalStatusSchema = z.enum(LEGAL_STATUSES);
export type LegalStatus = z.infer<typeof LegalStatusSchema>;

/** Kind of territorial unit, by country. */
export const TERRITORY_KINDS = ['commune', 'comune', 'municipality'] as const;
export const TerritoryKindSchema = z.enum(TERRITORY_KINDS);
export type TerritoryKind = z.infer<typeof TerritoryKindSchema>;

/**
 * Establishment size bands: the INSEE SIRENE `trancheEffectifsEtablissement` codes, used as the common
 * scale (Italian and Swiss head counts are mapped onto them). `NN` = no employee count known.
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
export const SizeBandSchema = z.enum(SIZE_BANDS);
export type SizeBand = z.infer<typeof SizeBandSchema>;

/** Administrative status of an establishment: active or closed (SIRENE `A`/`F`). */
export const ESTABLISHMENT_STATUSES = ['active', 'closed'] as const;
export const EstablishmentStatusSchema = z.enum(ESTABLISHMENT_STATUSES);
export type EstablishmentStatus = z.infer<typeof EstablishmentStatusSchema>;

/** Kinds of project events. */
export const EVENT_KINDS = [
  'steering-committee',
  'think-tank-meeting',
  'communication-action',
  'business-meeting',
  'workshop',
] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

/** Kinds of stakeholders around the project. */
export const STAKEHOLDER_KINDS = ['chamber', 'cluster', 'company', 'public-body', 'research'] as const;
export const StakeholderKindSchema = z.enum(STAKEHOLDER_KINDS);
export type StakeholderKind = z.infer<typeof StakeholderKindSchema>;

/** Kinds of business opportunities brought by business prospection (activity 4.2). */
export const OPPORTUNITY_KINDS = [
  'company-to-company',
  'research-to-company',
  'dormant-project',
  'cross-border-chain',
] as const;
export const OpportunityKindSchema = z.enum(OPPORTUNITY_KINDS);
export type OpportunityKind = z.infer<typeof OpportunityKindSchema>;

/** Languages of the project: French and Italian (working languages), German (Upper Valais), English. */
export const LOCALES = ['fr', 'it', 'de', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** Currencies the project handles (ISO 4217). */
export const CURRENCIES = ['EUR', 'CHF'] as const;
export const CurrencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof CurrencySchema>;
