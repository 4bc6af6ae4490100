export type { AuditAction, AuditActor, AuditEntry, AuditWrite, ListAuditOptions } from './audit';
export { AUDIT_MAX_LIMIT, listAudit, writeAudit } from './audit';
export type {
  Actor,
  ApiKey,
  AuthErrorCode,
  AuthIssue,
  AuthResult,
  CreateApiKeyInput,
  CreatedApiKey,
  CreatedSession,
  CreateSessionOptions,
  CreateUserInput,
  ListApiKeysOptions,
  Principal,
  Role,
  Session,
  User,
} from './auth';
export {
  authenticateApiKey,
  countActiveAdminKeys,
  createApiKey,
  createSession,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  disableUser,
  findSession,
  listApiKeys,
  ROLES,
  RoleSchema,
  revokeApiKey,
  verifyUserPassword,
} from './auth';
export type { Database, Db, DbExecutor, OpenDatabaseOptions } from './connection';
export { DatabaseBusyError, MIGRATIONS_FOLDER, openDatabase, queryRows } from './connection';
export type {
  CreateEstablishmentOptions,
  CursorPageRequest,
  EstablishmentCursorPage,
  EstablishmentError,
  EstablishmentErrorCode,
  EstablishmentFilters,
  EstablishmentOffsetPage,
  EstablishmentRecord,
  EstablishmentResult,
  EstablishmentWriteOptions,
  FieldIssue,
  OffsetPageRequest,
} from './establishments';
export {
  createEstablishment,
  deleteEstablishment,
  ESTABLISHMENT_RESOURCE,
  ESTABLISHMENTS_MAX_LIMIT,
  getEstablishment,
  listEstablishments,
  updateEstablishment,
} from './establishments';
export {
  apiKeys,
  auditLog,
  establishments,
  partners,
  referenceDocuments,
  sessions,
  territoryUnits,
  users,
} from './schema';
export type { SeedResult } from './seed';
export { DATASET_KEY, datasetVersion, readReferenceDataset, seedReferenceData } from './seed';
