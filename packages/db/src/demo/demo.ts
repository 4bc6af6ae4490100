import { EstablishmentInputSchema, MONT_BLANC_INNOVATION, type Principal } from '@mbi/domain';
import { classify, FILIERE_MAP } from '@mbi/taxonomy';
import { count, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, auditActor, writeAudit } from '../audit/audit';
import { auditLog } from '../audit/table';
import { generatePassword } from '../auth/passwords';
import { sessions, users } from '../auth/tables';
import { createUser } from '../auth/users';
import type { Database, Db, DbExecutor } from '../connection';
import { establishments } from '../establishments/table';
import { createEstablishment, deleteEstablishment } from '../establishments/writes';
import { importFormat } from '../imports/formats';
import { runImport } from '../imports/run';
import { synthesize } from '../imports/synthetic';
import { imports } from '../imports/table';
import { referenceDocuments } from '../reference/tables';

/**
 * Demo data: synthetic establishments of the three countries over the partners' territories (French and
 * Italian ones imported from the synthetic SIRENE and Registro Imprese files of `synthesize`, Swiss ones
 * created with valid UIDs), every name marked synthetic, and a viewer and an editor per partner. What was
 * loaded is recorded in `reference_documents` (key `demo`), so that it can be shown ("demo data") and removed.
 */

/** Key of the demo record in `reference_documents`. */
export const DEMO_KEY = 'demo';

/** The domain of the demo users' addresses (reserved for examples: RFC 2606). */
export const DEMO_EMAIL_DOMAIN = 'demo.mont-blanc-innovation.example';

const DemoRecordSchema = z.object({
  loaded: z.boolean(),
  /** ISO 8601: when it was loaded or removed. */
  at: z.string(),
  establishmentIds: z.array(z.string()),
  userIds: z.array(z.string()),
  importIds: z.array(z.string()),
});
type DemoRecord = z.infer<typeof DemoRecordSchema>;

/** What the database says about demo data: `null` when none was ever loaded (or declined). */
export interface DemoStatus {
  /** Demo data is in the database now. */
  readonly loaded: boolean;
  /** When it was loaded (or removed, or declined). */
  readonly at: string;
  readonly establishments: number;
  readonly users: number;
}

export interface DemoLoadOptions {
  /** Establishments per country (default 120: about 360 in all). */
  readonly perCountry?: number | undefined;
  /** The seed of the synthetic files (default 2026): the same seed gives the same data. */
  readonly seed?: number | undefined;
}

/** What a load did; `password` is the demo users' password, shown once (`null` when nothing was loaded). */
export interface DemoLoadResult {
  readonly loaded: boolean;
  readonly establishments: number;
  readonly users: readonly { readonly email: string; readonly role: string; readonly partnerId: string }[];
  readonly password: string | null;
}

const DEMO_PRINCIPAL: Principal = {
  kind: 'system',
  id: 'demo',
  label: 'demo data',
  role: 'admin',
  partnerId: null,
};

async function readRecord(db: DbExecutor): Promise<DemoRecord | null> {
  const [row] = await db
    .select({ data: referenceDocuments.data })
    .from(referenceDocuments)
    .where(eq(referenceDocuments.key, DEMO_KEY));
  if (!row) return null;
  const parsed = DemoRecordSchema.safeParse(row.data);
  return parsed.success ? parsed.data : null;
}

async function writeRecord(db: DbExecutor, record: DemoRecord): Promise<void> {
  const values = { key: DEMO_KEY, version: record.loaded ? 'loaded' : 'none', data: record };
  await db
    .insert(referenceDocuments)
    .values(values)
    .onConflictDoUpdate({
      target: referenceDocuments.key,
      set: { version: values.version, data: values.data, updatedAt: sql`now()` },
    });
}

/**
 * Whether the database holds demo data, and how much; `null` when demo data was never loaded nor declined.
 *
 * @example
 * const demo = (await demoStatus(db))?.loaded ?? false;
 */
export async function demoStatus(db: DbExecutor): Promise<DemoStatus | null> {
  const record = await readRecord(db);
  if (record === null) return null;
  return {
    loaded: record.loaded,
    at: record.at,
    establishments: record.establishmentIds.length,
    users: record.userIds.length,
  };
}

/**
 * Records that this database takes no demo data on its own (it held data already, or the operator said no):
 * a later start does not load any. `mbi demo load` still can.
 */
export async function declineDemoData(db: DbExecutor): Promise<void> {
  if ((await readRecord(db)) !== null) return;
  await writeRecord(db, {
    loaded: false,
    at: new Date().toISOString(),
    establishmentIds: [],
    userIds: [],
    importIds: [],
  });
}

/** Whether the database holds no establishment and no user yet: a first start. */
export async function isEmptyDatabase(db: DbExecutor): Promise<boolean> {
  const [places] = await db.select({ n: count() }).from(establishments);
  const [people] = await db.select({ n: count() }).from(users);
  return (places?.n ?? 0) === 0 && (people?.n ?? 0) === 0;
}

/** A Swiss UID (`CHE-123.456.789`) completed by its check digit (mod 11, weights 5 4 3 2 7 6 5 4), or null. */
function swissUid(payload: number): string | null {
  const digits = String(payload).padStart(8, '0');
  const weights = [5, 4, 3, 2, 7, 6, 5, 4];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) return null;
  const all = `${digits}${check}`;
  return `CHE-${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}`;
}

/** Valais establishments with valid UIDs and NOGA codes of the filière map, named as synthetic. */
async function createSwissEstablishments(db: Db, rows: number, seed: number, actor: Actor): Promise<number> {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  const communes = MONT_BLANC_INNOVATION.territoryUnits.filter((unit) => unit.country === 'CH');
  const noga = [...new Set(FILIERE_MAP.map((entry) => `${entry.naceClass.replace('.', '')}00`))].filter(
    (code) => classify(code, 'noga').ok,
  );
  const bands = ['00', '01', '01', '02', '02', '03', '11', '12', '21'] as const;
  let made = 0;
  for (let index = 0, payload = 90_000_000 + seed * 1_000; made < rows && index < rows * 3; index += 1) {
    payload += 1;
    const uid = swissUid(payload);
    const commune = communes[Math.floor(next() * communes.length)];
    const code = noga[Math.floor(next() * noga.length)];
    if (uid === null || commune === undefined || code === undefined) continue;
    const closed = next() < 0.1;
    const year = 1980 + Math.floor(next() * 44);
    const input = EstablishmentInputSchema.safeParse({
      country: 'CH',
      nationalIdentifier: uid,
      name: `SYNTHETISCH DEMO ${String(made + 1).padStart(4, '0')} SA`,
      activityCode: code,
      activityCodeScheme: 'noga',
      territoryUnitCode: commune.code,
      sizeBand: bands[Math.floor(next() * bands.length)],
      status: closed ? 'closed' : 'active',
      openedOn: `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      ...(closed ? { closedOn: '2024-06-30' } : {}),
      partnerId: 'cimark',
    });
    if (!input.success) continue;
    const created = await createEstablishment(db, input.data, actor);
    if (created.ok) made += 1;
  }
  return made;
}

/** French and Italian establishments of a synthetic file, imported as an import would be; the import's id. */
async function importSynthetic(
  database: Database,
  format: 'sirene-establishments' | 'registro-imprese-local-units',
  rows: number,
  seed: number,
  actor: Actor,
): Promise<string> {
  const declared = importFormat(format);
  if (declared === undefined) throw new Error(`demo: no import format ${format}`);
  const result = await runImport(database, {
    format: declared,
    year: 2024,
    fileName: `demo-${format}.csv`,
    source: synthesize(format, { rows, seed, inTerritory: 1, year: 2024, named: true }),
    actor,
  });
  if (!result.ok)
    throw new Error(`demo: the synthetic ${format} file did not import: ${result.error.message}`);
  return result.value.importId;
}

/**
 * The establishments the demo created and that still exist: read from the audit log (actor `system:demo`),
 * so that an establishment that existed before the demo (an identifier it happened to share) is never its.
 */
async function demoEstablishmentIds(db: DbExecutor): Promise<string[]> {
  const rows = await db
    .select({ id: establishments.id })
    .from(establishments)
    .where(
      inArray(
        sql`${establishments.id}::text`,
        db
          .select({ id: auditLog.resourceId })
          .from(auditLog)
          .where(
            sql`${auditLog.actorType} = 'system' and ${auditLog.actorId} = ${DEMO_PRINCIPAL.id} and ${auditLog.resource} = 'establishment' and ${auditLog.action} = 'create'`,
          ),
      ),
    );
  return rows.map((row) => row.id);
}

/**
 * Loads the demo data, once: about `perCountry` synthetic establishments per country over the partners'
 * territories and a viewer and an editor per partner (`viewer.<partner>@demo.mont-blanc-innovation.example`,
 * one generated password for all, returned once). Idempotent: when demo data is loaded, nothing is written.
 * Audited like any write (actor `system:demo`), so the change feed carries it.
 *
 * @example
 * const demo = await loadDemoData(database);
 * if (demo.loaded) console.log(`demo users' password: ${demo.password}`);
 */
export async function loadDemoData(
  database: Database,
  options: DemoLoadOptions = {},
): Promise<DemoLoadResult> {
  const { db } = database;
  const current = await readRecord(db);
  if (current?.loaded) {
    return { loaded: false, establishments: current.establishmentIds.length, users: [], password: null };
  }
  const perCountry = options.perCountry ?? 120;
  const seed = options.seed ?? 2026;
  const actor: Actor = { principal: DEMO_PRINCIPAL };
  const importIds = [
    await importSynthetic(database, 'sirene-establishments', perCountry, seed, actor),
    await importSynthetic(database, 'registro-imprese-local-units', perCountry, seed, actor),
  ];
  await createSwissEstablishments(db, perCountry, seed, actor);

  const password = generatePassword();
  const created: { id: string; email: string; role: string; partnerId: string }[] = [];
  for (const partner of MONT_BLANC_INNOVATION.partners) {
    for (const role of ['viewer', 'editor'] as const) {
      const email = `${role}.${partner.id}@${DEMO_EMAIL_DOMAIN}`;
      const user = await createUser(
        db,
        { email, name: `Demo ${role} · ${partner.shortName}`, password, role, partnerId: partner.id },
        actor,
      );
      if (user.ok) created.push({ id: user.value.id, email, role, partnerId: partner.id });
    }
  }
  const establishmentIds = await demoEstablishmentIds(db);
  await writeRecord(db, {
    loaded: true,
    at: new Date().toISOString(),
    establishmentIds,
    userIds: created.map((user) => user.id),
    importIds,
  });
  return {
    loaded: true,
    establishments: establishmentIds.length,
    users: created.map(({ id: _id, ...user }) => user),
    password,
  };
}

/**
 * Removes the demo data: its establishments (each deletion audited, so copies kept with the change feed
 * follow), its imports and its users (their sessions end). Idempotent; the record stays, saying it was
 * removed, so that a restart of the embedded database does not load it again.
 *
 * @example
 * const removed = await removeDemoData(database);
 * removed.establishments; // 360
 */
export async function removeDemoData(
  database: Database,
): Promise<{ readonly establishments: number; readonly users: number }> {
  const { db } = database;
  const current = await readRecord(db);
  if (current === null || !current.loaded) return { establishments: 0, users: 0 };
  const actor: Actor = { principal: DEMO_PRINCIPAL };
  let removedPlaces = 0;
  for (const id of current.establishmentIds) {
    const deleted = await deleteEstablishment(db, id, { actor });
    if (deleted.ok) removedPlaces += 1;
  }
  let removedPeople = 0;
  await db.transaction(async (tx) => {
    if (current.userIds.length > 0) {
      await tx.delete(sessions).where(inArray(sessions.userId, current.userIds));
      const gone = await tx.delete(users).where(inArray(users.id, current.userIds)).returning({
        id: users.id,
        email: users.email,
      });
      removedPeople = gone.length;
      for (const user of gone) {
        await writeAudit(tx, {
          actor: auditActor(actor),
          action: 'delete',
          resource: 'user',
          resourceId: user.id,
          before: { id: user.id, email: user.email },
          after: null,
        });
      }
    }
    if (current.importIds.length > 0) await tx.delete(imports).where(inArray(imports.id, current.importIds));
    await writeRecord(tx, {
      loaded: false,
      at: new Date().toISOString(),
      establishmentIds: [],
      userIds: [],
      importIds: [],
    });
  });
  return { establishments: removedPlaces, users: removedPeople };
}
