export type {
  Actor,
  AuditAction,
  AuditActor,
  AuditEntry,
  AuditWrite,
  ListAuditOptions,
} from './audit/audit';
export { AUDIT_MAX_LIMIT, auditActor, currentChangeSeq, listAudit, writeAudit } from './audit/audit';
export type { ApiKey, CreateApiKeyInput, CreatedApiKey, ListApiKeysOptions } from './auth/api-keys';
export {
  authenticateApiKey,
  countActiveAdminKeys,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from './auth/api-keys';
export type { AuthErrorCode, AuthIssue, AuthResult } from './auth/grants';
export { generatePassword } from './auth/passwords';
export type { CreatedSession, CreateSessionOptions, Session } from './auth/sessions';
export { createSession, deleteExpiredSessions, deleteSession, findSession } from './auth/sessions';
export type { CreateUserInput, ListUsersOptions, User, UserPatch } from './auth/users';
export {
  bootstrapAdminUser,
  changePassword,
  countActiveAdminUsers,
  createUser,
  createUserWithPassword,
  disableUser,
  FIRST_ADMIN_EMAIL,
  getUser,
  listUsers,
  updateUser,
  verifyUserPassword,
} from './auth/users';
export type { Change, ChangePage, ChangesError, ListChangesRequest } from './changes/changes';
export { CHANGES_MAX_LIMIT, changeCursor, listChanges } from './changes/changes';
export type { Database, Db, DbExecutor, OpenDatabaseOptions } from './connection';
export { DatabaseBusyError, MIGRATIONS_FOLDER, openDatabase, queryRows } from './connection';
export type { DemoLoadOptions, DemoLoadResult, DemoStatus } from './demo/demo';
export {
  DEMO_EMAIL_DOMAIN,
  DEMO_KEY,
  declineDemoData,
  demoStatus,
  isEmptyDatabase,
  loadDemoData,
  removeDemoData,
} from './demo/demo';
export type {
  EstablishmentError,
  EstablishmentErrorCode,
  EstablishmentResult,
  FieldIssue,
} from './establishments/errors';
export type {
  EstablishmentCursorPage,
  EstablishmentFilters,
  EstablishmentOffsetPage,
} from './establishments/queries';
export { getEstablishment, listEstablishments } from './establishments/queries';
export type { EstablishmentRecord } from './establishments/records';
export { ESTABLISHMENT_RESOURCE, ESTABLISHMENTS_MAX_LIMIT } from './establishments/records';
export type { EstablishmentStatement } from './establishments/statements';
export { establishmentByIdStatement, establishmentPageStatement } from './establishments/statements';
export type { EstablishmentWriteOptions } from './establishments/writes';
export {
  createEstablishment,
  deleteEstablishment,
  establishmentOwner,
  updateEstablishment,
} from './establishments/writes';
export { copyCsv, csvLine } from './imports/copy';
export type {
  BuiltInFormatId,
  CountFormat,
  EstablishmentFormat,
  ImportFormat,
  ImportKind,
  Measure,
  PopulationFormat,
} from './imports/formats';
export {
  BUILT_IN_FORMATS,
  IMPORT_FORMAT_IDS,
  ImportFormatSchema,
  importFormat,
  MEASURES,
} from './imports/formats';
export type { RejectReason } from './imports/mapping';
export { readDate, sizeBandOfHeadcount } from './imports/mapping';
export type { ImportRecord, ImportReject, ImportStatus, ObservatoryTableCounts } from './imports/queries';
export {
  getImport,
  IMPORT_REJECTS_MAX_LIMIT,
  IMPORT_STALE_SECONDS,
  importOwner,
  listImportRejects,
  listImports,
  observatoryTableCounts,
} from './imports/queries';
export type {
  ImportError,
  ImportErrorCode,
  ImportProgress,
  ImportResult,
  ImportSummary,
  RunImportRequest,
  StartImportRequest,
} from './imports/run';
export { IMPORT_RESOURCE, runImport, startImport } from './imports/run';
export type { SynthesizeOptions, SyntheticFormat } from './imports/synthetic';
export { SIRENE_STOCK_COLUMNS, SYNTHETIC_FORMATS, synthesize } from './imports/synthetic';
export { PRINCIPAL_TTL_MS } from './internal/memory';
export type { CursorPageRequest, OffsetPageRequest } from './internal/pagination';
export { postgresErrorCode } from './internal/pg-errors';
export { runPrepared } from './internal/prepared';
export type { Result } from './internal/result';
export type {
  CellState,
  ConfidentialCell,
  PrimaryRule,
  ProtectInput,
  Relation,
} from './observatory/internal/confidentiality';
export {
  CELL_STATES,
  INSEE_RULE,
  isSuppressed,
  primaryState,
  protectTable,
  recoverableRelations,
} from './observatory/internal/confidentiality';
export type { EmployeeRange } from './observatory/internal/size-bands';
export { SIZE_BAND_EMPLOYEES } from './observatory/internal/size-bands';
export type {
  IndicatorFilters,
  IndicatorLevel,
  IndicatorList,
  IndicatorMeasure,
  IndicatorRow,
  IndicatorWeight,
} from './observatory/queries';
export {
  INDICATOR_LEVELS,
  INDICATOR_MEASURES,
  INDICATOR_WEIGHTS,
  indicatorsVersion,
  listIndicators,
} from './observatory/queries';
export type { RefreshSummary } from './observatory/refresh';
export { refreshIndicators } from './observatory/refresh';
export { deleteRateLimitWindows, reserveRequests } from './rate-limits/store';
export type { SeedResult } from './reference/seed';
export { DATASET_KEY, datasetVersion, readReferenceDataset, seedReferenceData } from './reference/seed';
export {
  apiKeys,
  auditLog,
  changeClock,
  establishmentSnapshots,
  establishments,
  importRejects,
  imports,
  observatoryCells,
  partners,
  publishedCounts,
  rateLimits,
  referenceDocuments,
  sessions,
  territoryCodeSuccessions,
  territoryPopulations,
  territoryUnits,
  users,
} from './schema';
export type {
  FormerTerritoryCode,
  TerritoryFilters,
  TerritoryList,
  TerritoryMatch,
  TerritoryPopulation,
  TerritoryRecord,
} from './territories/queries';
export { listTerritories, territoryMatcher } from './territories/queries';
export { TERRITORY_DATA_VERSION } from './territories/seed';
