import { z } from 'zod';
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
} from './vocabularies';

// The zod schemas of the vocabularies. The values and their types live in ./vocabularies, which has no zod, so
// that code needing only the values (a browser's first page) does not load zod.

/** @example FiliereIdSchema.parse('outdoor') */
export const FiliereIdSchema = z.enum(FILIERE_IDS);

/** @example PartnerIdSchema.parse('cimark') */
export const PartnerIdSchema = z.enum(PARTNER_IDS);

/** @example WorkPackageIdSchema.parse('wp3') */
export const WorkPackageIdSchema = z.enum(WORK_PACKAGE_IDS);

/** @example ActivityIdSchema.parse('3.2') */
export const ActivityIdSchema = z.enum(ACTIVITY_IDS);

/** @example ObjectiveIdSchema.parse('develop-filieres') */
export const ObjectiveIdSchema = z.enum(OBJECTIVE_IDS);

/** @example CountryCodeSchema.parse('IT') */
export const CountryCodeSchema = z.enum(COUNTRY_CODES);

/** @example PartnerRoleSchema.parse('lead') */
export const PartnerRoleSchema = z.enum(PARTNER_ROLES);

/** @example FundingSourceSchema.parse('swiss') */
export const FundingSourceSchema = z.enum(FUNDING_SOURCES);

/** @example LegalStatusSchema.parse('community-of-communes') */
export const LegalStatusSchema = z.enum(LEGAL_STATUSES);

/** @example TerritoryKindSchema.parse('comune') */
export const TerritoryKindSchema = z.enum(TERRITORY_KINDS);

/** @example SizeBandSchema.parse('12') */
export const SizeBandSchema = z.enum(SIZE_BANDS);

/** @example EstablishmentStatusSchema.parse('active') */
export const EstablishmentStatusSchema = z.enum(ESTABLISHMENT_STATUSES);

/** @example EventKindSchema.parse('steering-committee') */
export const EventKindSchema = z.enum(EVENT_KINDS);

/** @example StakeholderKindSchema.parse('chamber') */
export const StakeholderKindSchema = z.enum(STAKEHOLDER_KINDS);

/** @example OpportunityKindSchema.parse('dormant-project') */
export const OpportunityKindSchema = z.enum(OPPORTUNITY_KINDS);

/** @example LocaleSchema.parse('it') */
export const LocaleSchema = z.enum(LOCALES);

/** @example CurrencySchema.parse('CHF') */
export const CurrencySchema = z.enum(CURRENCIES);

/** @example OpportunityStatusSchema.parse('in-progress') */
export const OpportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES);

/** @example Nuts3CodeSchema.parse('ITC20') */
export const Nuts3CodeSchema = z.enum(NUTS3_CODES);

/** @example ActivityCodeSchemeSchema.parse('naf') */
export const ActivityCodeSchemeSchema = z.enum(ACTIVITY_CODE_SCHEMES);

/** @example IdentifierSchemeSchema.parse('siret') */
export const IdentifierSchemeSchema = z.enum(IDENTIFIER_SCHEMES);

/** @example IdentifierErrorCodeSchema.parse('checksum') */
export const IdentifierErrorCodeSchema = z.enum(IDENTIFIER_ERROR_CODES);

/** @example DataSourceSchema.parse('seed') */
export const DataSourceSchema = z.enum(DATA_SOURCES);
