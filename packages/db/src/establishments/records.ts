import type {
  ActivityCodeScheme,
  CountryCode,
  Establishment,
  EstablishmentInput,
  EstablishmentStatus,
  FiliereId,
  SizeBand,
} from '@mbi/domain';
import { sql } from 'drizzle-orm';
import { isoFromUtcText, utcText } from '../internal/sql';
import { establishments } from './table';

/** The `resource` of establishments in the audit log and the change feed. */
export const ESTABLISHMENT_RESOURCE = 'establishment';

/** The most establishments one page holds. */
export const ESTABLISHMENTS_MAX_LIMIT = 1000;

/**
 * A stored establishment: the domain {@link Establishment} plus its `version` (the ETag of `If-Match`), and
 * the NACE Rev.2 class and filières derived from its activity code when it was last written.
 */
export type EstablishmentRecord = Establishment & {
  readonly version: number;
  readonly naceClass: string;
  /** Every filière the activity code belongs to, core or partial, in `FILIERE_IDS` order. */
  readonly filieres: FiliereId[];
};

export const recordColumns = {
  id: establishments.id,
  country: establishments.country,
  nationalIdentifier: establishments.nationalIdentifier,
  name: establishments.name,
  activityCode: establishments.activityCode,
  activityCodeScheme: establishments.activityCodeScheme,
  naceClass: establishments.naceClass,
  filieres: establishments.filieres,
  territoryUnitCode: establishments.territoryUnitCode,
  sizeBand: establishments.sizeBand,
  status: establishments.status,
  // As text, so that every driver returns them as the database writes them (PGlite would make Dates of them).
  openedOn: sql<string>`cast(${establishments.openedOn} as text)`,
  closedOn: sql<string | null>`cast(${establishments.closedOn} as text)`,
  partnerId: establishments.partnerId,
  version: establishments.version,
  // Formatted here rather than with to_char in the database, which cost a list a tenth of its time.
  createdAt: utcText(establishments.createdAt),
  updatedAt: utcText(establishments.updatedAt),
};

export interface StoredRow {
  readonly id: string;
  readonly country: string;
  readonly nationalIdentifier: string;
  readonly name: string;
  readonly activityCode: string;
  readonly activityCodeScheme: string;
  readonly naceClass: string;
  readonly filieres: string[];
  readonly territoryUnitCode: string;
  readonly sizeBand: string;
  readonly status: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly partnerId: string | null;
  readonly version: number;
  /** UTC wall-clock time as the database writes it ({@link utcText}). */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A row as the domain record. Rows are only written through the checks of this module (the whole input is
 * parsed with `EstablishmentInputSchema` before every insert and update), so reading them back does not
 * validate again: that cost a sixth of a list's time (docs/performance.md).
 */
export function toRecord(row: StoredRow): EstablishmentRecord {
  const record = {
    id: row.id,
    country: row.country as CountryCode,
    nationalIdentifier: row.nationalIdentifier,
    name: row.name,
    activityCode: row.activityCode,
    activityCodeScheme: row.activityCodeScheme as ActivityCodeScheme,
    territoryUnitCode: row.territoryUnitCode,
    sizeBand: row.sizeBand as SizeBand,
    status: row.status as EstablishmentStatus,
    openedOn: row.openedOn,
    ...(row.closedOn === null ? {} : { closedOn: row.closedOn }),
    ...(row.partnerId === null
      ? {}
      : { partnerId: row.partnerId as NonNullable<Establishment['partnerId']> }),
    createdAt: isoFromUtcText(row.createdAt),
    updatedAt: isoFromUtcText(row.updatedAt),
    version: row.version,
    naceClass: row.naceClass,
    filieres: row.filieres as FiliereId[],
  };
  return record;
}

export function toInput(record: EstablishmentRecord): EstablishmentInput {
  const input: EstablishmentInput = {
    country: record.country,
    nationalIdentifier: record.nationalIdentifier,
    name: record.name,
    activityCode: record.activityCode,
    activityCodeScheme: record.activityCodeScheme,
    territoryUnitCode: record.territoryUnitCode,
    sizeBand: record.sizeBand,
    status: record.status,
    openedOn: record.openedOn,
  };
  if (record.closedOn !== undefined) input.closedOn = record.closedOn;
  if (record.partnerId !== undefined) input.partnerId = record.partnerId;
  return input;
}
