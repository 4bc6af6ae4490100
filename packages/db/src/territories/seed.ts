import { createHash } from 'node:crypto';
import { eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { referenceDocuments, territoryUnits } from '../reference/tables';
import { TERRITORY_LISTS, TERRITORY_POPULATIONS, TERRITORY_SUCCESSIONS } from './generated/territory-data';
import { territoryCodeSuccessions, territoryPopulations } from './table';

/** Key of the territory data (list years, successions, seeded populations) in `reference_documents`. */
export const TERRITORY_DATA_KEY = 'territories';

/** A content hash of the committed territory data: it changes exactly when that data changes. */
export const TERRITORY_DATA_VERSION = createHash('sha256')
  .update(JSON.stringify([TERRITORY_LISTS, TERRITORY_SUCCESSIONS, TERRITORY_POPULATIONS]))
  .digest('hex')
  .slice(0, 16);

/**
 * Writes the committed territory data — the year of each country's list, the code successions, the French
 * legal populations — once per version (idempotent; `force` after the units changed). Seeded populations
 * never replace imported ones.
 */
export async function seedTerritoryData(
  db: Db,
  options: { force?: boolean } = {},
): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: referenceDocuments.version })
      .from(referenceDocuments)
      .where(eq(referenceDocuments.key, TERRITORY_DATA_KEY));
    if (current?.version === TERRITORY_DATA_VERSION && options.force !== true) return { changed: false };
    for (const list of TERRITORY_LISTS) {
      await tx
        .update(territoryUnits)
        .set({ listYear: list.year })
        .where(eq(territoryUnits.country, list.country));
    }
    await tx.delete(territoryCodeSuccessions);
    if (TERRITORY_SUCCESSIONS.length > 0) {
      await tx.insert(territoryCodeSuccessions).values(
        TERRITORY_SUCCESSIONS.map((row) => ({
          country: row.country,
          oldCode: row.oldCode,
          oldName: row.oldName,
          newCode: row.newCode,
          effectiveYear: row.effectiveYear,
          source: row.source,
        })),
      );
    }
    for (const [country, code, year, population, source] of TERRITORY_POPULATIONS) {
      await tx
        .insert(territoryPopulations)
        .values({ country, code, year, population, source, importId: null })
        .onConflictDoUpdate({
          target: [territoryPopulations.country, territoryPopulations.code, territoryPopulations.year],
          set: { population, source },
          setWhere: isNull(territoryPopulations.importId),
        });
    }
    await tx
      .insert(referenceDocuments)
      .values({ key: TERRITORY_DATA_KEY, version: TERRITORY_DATA_VERSION, data: { lists: TERRITORY_LISTS } })
      .onConflictDoUpdate({
        target: referenceDocuments.key,
        set: { version: TERRITORY_DATA_VERSION, data: { lists: TERRITORY_LISTS }, updatedAt: sql`now()` },
      });
    return { changed: true };
  });
}
