export type { Database, Db, DbExecutor, OpenDatabaseOptions } from './connection';
export { MIGRATIONS_FOLDER, openDatabase, queryRows } from './connection';
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
export { DATASET_KEY, datasetVersion, seedReferenceData } from './seed';
