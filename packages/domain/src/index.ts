export type { Principal, Role, WriteRefusal } from './access';
export {
  defaultOwner,
  hasRole,
  PRINCIPAL_KINDS,
  PrincipalSchema,
  ROLES,
  RoleSchema,
  userManagementRefusal,
  writeRefusal,
} from './access';
export type { IsoDate, Timestamp, YearMonth } from './calendar';
export { IsoDateSchema, monthsBetween, TimestampSchema, YearMonthSchema } from './calendar';
export type {
  Establishment,
  EstablishmentInput,
  EstablishmentIssue,
  EstablishmentPatch,
} from './establishment';
export {
  applyEstablishmentPatch,
  EstablishmentInputSchema,
  EstablishmentIssueSchema,
  EstablishmentPatchSchema,
  EstablishmentSchema,
} from './establishment';
export { validateFrenchVat, validateSiren, validateSiret } from './french-identifiers';
export type { IdentifierError, IdentifierResult, NationalIdentifierResult } from './identifier-result';
export {
  ActivityCodeSchemeSchema,
  ActivityIdSchema,
  CountryCodeSchema,
  CurrencySchema,
  DataSourceSchema,
  EstablishmentStatusSchema,
  EventKindSchema,
  FiliereIdSchema,
  FundingSourceSchema,
  IdentifierErrorCodeSchema,
  IdentifierSchemeSchema,
  LegalStatusSchema,
  LocaleSchema,
  Nuts3CodeSchema,
  ObjectiveIdSchema,
  OpportunityKindSchema,
  OpportunityStatusSchema,
  PartnerIdSchema,
  PartnerRoleSchema,
  SizeBandSchema,
  StakeholderKindSchema,
  TerritoryKindSchema,
  WorkPackageIdSchema,
} from './ids';
export { validateCodiceFiscale, validatePartitaIva } from './italian-identifiers';
export {
  getAccelerator,
  getActivity,
  getFiliere,
  getLeadPartner,
  getObjective,
  getPartner,
  getTerritoryUnit,
  getWorkPackage,
  listActivities,
  listPartnerTerritoryUnits,
} from './lookups';
export type { Amount, Money, Rate } from './money';
export { AmountSchema, MoneySchema, RateSchema } from './money';
export { MONT_BLANC_INNOVATION } from './mont-blanc-innovation';
export {
  IDENTIFIER_SCHEME_COUNTRY,
  validateIdentifier,
  validateNationalIdentifier,
} from './national-identifier';
export type { BusinessOpportunity, OpportunityParty } from './opportunity';
export { BusinessOpportunitySchema, OpportunityPartySchema } from './opportunity';
export type {
  Accelerator,
  DelegatedBody,
  Identifier,
  Partner,
  PartnerBudget,
  Stakeholder,
} from './partner';
export {
  AcceleratorSchema,
  DelegatedBodySchema,
  IdentifierSchema,
  PartnerBudgetSchema,
  PartnerSchema,
  StakeholderSchema,
} from './partner';
export type {
  Activity,
  Deliverable,
  Filiere,
  Indicator,
  Objective,
  Programme,
  Project,
  WorkPackage,
} from './project';
export {
  ActivitySchema,
  DeliverableSchema,
  FiliereSchema,
  IndicatorSchema,
  ObjectiveSchema,
  ProgrammeSchema,
  ProjectSchema,
  WorkPackageSchema,
} from './project';
export type { ProjectEvent } from './project-event';
export { ProjectEventSchema } from './project-event';
export type { ReferenceDataset } from './reference-dataset';
export { ReferenceDatasetSchema } from './reference-dataset';
export { validateSwissUid } from './swiss-identifiers';
export type { TerritoryUnit } from './territory';
export { isTerritoryCode, TERRITORY_KIND_OF_COUNTRY, TerritoryUnitSchema } from './territory';
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
