/**
 * The one drizzle schema of the common core, for PGlite and PostgreSQL alike, gathered from each resource's
 * folder (drizzle-kit reads this file). Money is `numeric(14,2)` (exact) and crosses into TypeScript as a
 * decimal string; reference data is seeded from `@mbi/domain`.
 */
export { auditLog, changeClock } from './audit/table';
export { apiKeys, sessions, users } from './auth/tables';
export { establishments } from './establishments/table';
export { establishmentSnapshots, importRejects, imports, publishedCounts } from './imports/table';
export { observatoryCells } from './observatory/table';
export { rateLimits } from './rate-limits/table';
export { partners, referenceDocuments, territoryUnits } from './reference/tables';
export { territoryCodeSuccessions, territoryPopulations } from './territories/table';
