import { createHash } from 'node:crypto';
import { MONT_BLANC_INNOVATION, type ReferenceDataset } from '@mbi/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { seedTerritoryData } from '../territories/seed';
import { partners, referenceDocuments, territoryUnits } from './tables';

/** Key of the reference dataset in `reference_documents`. */
export const DATASET_KEY = 'dataset';

/** A short content hash of the dataset: it changes exactly when the reference data changes. */
export function datasetVersion(dataset: ReferenceDataset = MONT_BLANC_INNOVATION): string {
  return createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);
}

export interface SeedResult {
  readonly version: string;
  /** `false` when the same version was already there (nothing written). */
  readonly changed: boolean;
}

/**
 * Writes the project's reference dataset (partners, territory units, the whole dataset as a document) and
 * the committed territory data (list years, code successions, French legal populations).
 * Idempotent: a database that already holds this version is left untouched; a newer dataset updates rows
 * in place, in one transaction.
 *
 * @example
 * await seedReferenceData(database.db);
 */
export async function seedReferenceData(
  db: Db,
  dataset: ReferenceDataset = MONT_BLANC_INNOVATION,
): Promise<SeedResult> {
  const version = datasetVersion(dataset);
  const result = await db.transaction(async (tx) => {
    const current = await tx
      .select({ version: referenceDocuments.version })
      .from(referenceDocuments)
      .where(eq(referenceDocuments.key, DATASET_KEY));
    if (current[0]?.version === version) return { version, changed: false };

    for (const partner of dataset.partners) {
      const row = {
        id: partner.id,
        name: partner.name,
        country: partner.country,
        role: partner.role,
        fundingSource: partner.fundingSource,
        currency: partner.budget.eligibleTotal.currency,
        eligible: partner.budget.eligibleTotal.amount,
        fundRate: partner.budget.fundRate,
        data: partner,
      };
      await tx.insert(partners).values(row).onConflictDoUpdate({ target: partners.id, set: row });
    }
    const owner = new Map<string, string>();
    for (const partner of dataset.partners) {
      for (const code of partner.territoryUnitCodes) owner.set(`${partner.country}:${code}`, partner.id);
    }
    const units = dataset.territoryUnits.map((unit) => ({
      country: unit.country,
      code: unit.code,
      kind: unit.kind,
      name: unit.name,
      nuts3: unit.nuts3,
      partnerId: owner.get(`${unit.country}:${unit.code}`) ?? null,
    }));
    if (units.length > 0) {
      await tx
        .insert(territoryUnits)
        .values(units)
        .onConflictDoUpdate({
          target: [territoryUnits.country, territoryUnits.code],
          set: {
            kind: sql`excluded.kind`,
            name: sql`excluded.name`,
            nuts3: sql`excluded.nuts3`,
            partnerId: sql`excluded.partner_id`,
          },
        });
    }
    await tx
      .insert(referenceDocuments)
      .values({ key: DATASET_KEY, version, data: dataset })
      .onConflictDoUpdate({
        target: referenceDocuments.key,
        set: { version, data: dataset, updatedAt: sql`now()` },
      });
    return { version, changed: true };
  });
  // The list years, code successions and legal populations of the units (again when the units changed).
  await seedTerritoryData(db, { force: result.changed });
  return result;
}

/**
 * The reference dataset stored by {@link seedReferenceData}, as raw JSON with its version, or `null` before
 * the first seed. Validate `data` with `ReferenceDatasetSchema` before use.
 *
 * @example
 * const stored = await readReferenceDataset(database.db);
 */
export async function readReferenceDataset(db: Db): Promise<{ version: string; data: unknown } | null> {
  const [row] = await db
    .select({ version: referenceDocuments.version, data: referenceDocuments.data })
    .from(referenceDocuments)
    .where(eq(referenceDocuments.key, DATASET_KEY));
  return row ?? null;
}
