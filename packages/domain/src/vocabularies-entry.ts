/**
 * `@mbi/domain/vocabularies`: the closed vocabularies (`LOCALES`, `FILIERE_IDS`, …), their types, the roles and
 * the access policy, without zod. For code that needs only these, such as a browser's first page: the package's
 * main entry builds a zod schema per vocabulary when it loads. The same names are exported by `@mbi/domain`.
 *
 * @example
 * import { hasRole, LOCALES } from '@mbi/domain/vocabularies';
 * LOCALES.includes('it') // true
 */
export type { Principal, Role, WriteRefusal } from './access-policy';
export {
  defaultOwner,
  hasRole,
  PRINCIPAL_KINDS,
  ROLES,
  userManagementRefusal,
  writeRefusal,
} from './access-policy';
export type {
  ActivityCodeScheme,
  ActivityId,
  CountryCode,
  Currency,
  DataSource,
  EstablishmentStatus,
  EventKind,
  FiliereId,
  FundingSource,
  IdentifierErrorCode,
  IdentifierScheme,
  LegalStatus,
  Locale,
  Nuts3Code,
  ObjectiveId,
  OpportunityKind,
  OpportunityStatus,
  PartnerId,
  PartnerRole,
  SizeBand,
  StakeholderKind,
  TerritoryKind,
  WorkPackageId,
} from './vocabularies';
export {
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
