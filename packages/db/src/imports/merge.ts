import { type SQL, sql } from 'drizzle-orm';
import type { AuditActor } from '../audit/audit';
import { type DbExecutor, queryRows } from '../connection';
import { ESTABLISHMENT_RESOURCE } from '../establishments/records';

/**
 * The set-based half of an import: the rows loaded by COPY into temporary tables are merged into the data
 * tables by a few SQL statements, in the import's transaction. Nothing is computed row by row in JavaScript.
 */

/** Staging tables of one import, dropped at its transaction's end. */
export const STAGING = {
  establishments: {
    table: 'import_rows',
    columns: [
      'row_number',
      'identifier',
      'name',
      'activity_code',
      'scheme',
      'revision',
      'nace_class',
      'filieres',
      'partial_filieres',
      'unit_code',
      'partner_id',
      'size_band',
      'status',
      'opened_on',
      'closed_on',
    ],
    ddl: `create temp table import_rows (
      row_number bigint not null, identifier text not null, name text not null, activity_code text not null,
      scheme text not null, revision text not null, nace_class text not null, filieres text[] not null,
      partial_filieres text[] not null, unit_code text not null, partner_id text not null, size_band text not null,
      status text not null, opened_on date not null, closed_on date) on commit drop`,
  },
  counts: {
    table: 'import_count_rows',
    columns: [
      'row_number',
      'unit_code',
      'partner_id',
      'year',
      'activity_code',
      'scheme',
      'revision',
      'nace_code',
      'nace_level',
      'filieres',
      'partial_filieres',
      'measure',
      'value',
      'source_code',
    ],
    ddl: `create temp table import_count_rows (
      row_number bigint not null, unit_code text not null, partner_id text not null, year integer not null,
      activity_code text not null, scheme text not null, revision text not null, nace_code text not null,
      nace_level text not null, filieres text[] not null, partial_filieres text[] not null, measure text not null,
      value numeric(14,2), source_code text not null) on commit drop`,
  },
  population: {
    table: 'import_population_rows',
    columns: ['row_number', 'unit_code', 'year', 'population', 'source_code'],
    ddl: `create temp table import_population_rows (
      row_number bigint not null, unit_code text not null, year integer not null, population integer not null,
      source_code text not null) on commit drop`,
  },
  rejects: {
    table: 'import_reject_rows',
    columns: ['row_number', 'column', 'reason', 'message', 'value'],
    ddl: `create temp table import_reject_rows (
      row_number bigint not null, "column" text not null, reason text not null, message text not null,
      value text) on commit drop`,
  },
} as const;

/** What a merge did, per staging row. */
export interface MergeCounts {
  readonly imported: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
}

const count = async (tx: DbExecutor, query: SQL): Promise<number> =>
  Number((await queryRows<{ n: string | number }>(tx, query))[0]?.n ?? 0);

/** The establishment as the API and the change feed represent it (`EstablishmentRecord`), built in SQL. */
function representation(alias: string): SQL {
  const a = sql.raw(alias);
  const at = (column: string) =>
    sql.raw(`to_char(${alias}.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);
  return sql`jsonb_strip_nulls(jsonb_build_object(
    'id', ${a}.id, 'country', ${a}.country, 'nationalIdentifier', ${a}.national_identifier, 'name', ${a}.name,
    'activityCode', ${a}.activity_code, 'activityCodeScheme', ${a}.activity_code_scheme,
    'territoryUnitCode', ${a}.territory_unit_code, 'sizeBand', ${a}.size_band, 'status', ${a}.status,
    'openedOn', ${a}.opened_on, 'closedOn', ${a}.closed_on, 'partnerId', ${a}.partner_id,
    'createdAt', ${at('created_at')}, 'updatedAt', ${at('updated_at')}, 'version', ${a}.version,
    'naceClass', ${a}.nace_class, 'filieres', to_jsonb(${a}.filieres)))`;
}

/** Rows of the same key after the first are refused as duplicates (the last occurrence wins). */
async function rejectDuplicates(
  tx: DbExecutor,
  table: string,
  key: string,
  column: string,
  what: string,
): Promise<void> {
  await tx.execute(
    sql.raw(`
    insert into import_reject_rows (row_number, "column", reason, message, value)
    select row_number, '${column.replaceAll("'", "''")}', 'duplicate-row',
      '${what} appears again at row ' || last_row || ', which is imported', null
    from (select row_number, max(row_number) over (partition by ${key}) as last_row from ${table}) d
    where row_number < last_row`),
  );
  await tx.execute(
    sql.raw(`
    delete from ${table} r using (select ${key}, max(row_number) as last_row from ${table} group by ${key}) k
    where ${key
      .split(',')
      // Every key column of the staging tables is NOT NULL, so `=` says the same as `is not distinct from` —
      // and lets PostgreSQL hash or merge the join: `is not distinct from` forces a nested loop, quadratic in
      // the rows of the file (a 50,000-row file spent minutes here, a million rows would never end).
      .map((part) => `r.${part.trim()} = k.${part.trim()}`)
      .join(' and ')} and r.row_number < k.last_row`),
  );
}

export interface EstablishmentMergeInput {
  readonly country: string;
  readonly year: number;
  readonly source: string;
  readonly importId: string;
  readonly actor: AuditActor;
  /** The editor's partner (its establishments only), or `null` for an admin's import. */
  readonly scope: string | null;
  readonly identifierColumn: string;
}

/**
 * Merges `import_rows` into `establishments` (new ones created; existing ones updated when a field differs and
 * no later year was imported for them) and `establishment_snapshots` (one per establishment and year), and
 * writes one audit entry per created or changed establishment, set-based, numbered on the change clock.
 */
export async function mergeEstablishments(
  tx: DbExecutor,
  input: EstablishmentMergeInput,
): Promise<MergeCounts> {
  const { country, year, source, importId, actor } = input;
  await rejectDuplicates(tx, 'import_rows', 'identifier', input.identifierColumn, 'the identifier');
  await tx.execute(sql`
    create temp table import_matches on commit drop as
    select r.*, e.id as establishment_id, e.partner_id as current_partner,
      coalesce((select max(s.year) from establishment_snapshots s where s.establishment_id = e.id) > ${year}, false)
        as older
    from import_rows r
    left join establishments e on e.country = ${country} and e.national_identifier = r.identifier`);
  if (input.scope !== null) {
    // The access policy: an editor writes only its own partner's establishments.
    await tx.execute(sql`
      insert into import_reject_rows (row_number, "column", reason, message, value)
      select row_number, ${input.identifierColumn}, 'forbidden',
        'the establishment belongs to ' || coalesce(current_partner, 'no partner') || ', not to ' || ${input.scope},
        identifier
      from import_matches where establishment_id is not null and current_partner is distinct from ${input.scope}`);
    await tx.execute(sql`
      delete from import_matches where establishment_id is not null and current_partner is distinct from ${input.scope}`);
  }
  await tx.execute(sql`
    create temp table import_changed on commit drop as
    select e.id, 'update'::text as action, ${representation('e')} as before
    from establishments e join import_matches m on m.establishment_id = e.id
    where not m.older and (e.name, e.activity_code, e.activity_code_scheme, e.nace_class, e.filieres,
      e.territory_unit_code, e.size_band, e.status, e.opened_on, e.closed_on, e.partner_id)
      is distinct from (m.name, m.activity_code, m.scheme, m.nace_class, m.filieres, m.unit_code, m.size_band,
      m.status, m.opened_on, m.closed_on, m.partner_id)`);
  await tx.execute(sql`
    update establishments e set name = m.name, activity_code = m.activity_code, activity_code_scheme = m.scheme,
      nace_class = m.nace_class, filieres = m.filieres, territory_unit_code = m.unit_code, size_band = m.size_band,
      status = m.status, opened_on = m.opened_on, closed_on = m.closed_on, partner_id = m.partner_id,
      version = e.version + 1, updated_at = now()
    from import_matches m, import_changed c
    where m.establishment_id = e.id and c.id = e.id`);
  await tx.execute(sql`
    with created as (
      insert into establishments (country, national_identifier, name, activity_code, activity_code_scheme,
        nace_class, filieres, territory_unit_code, size_band, status, opened_on, closed_on, partner_id)
      select ${country}, identifier, name, activity_code, scheme, nace_class, filieres, unit_code, size_band,
        status, opened_on, closed_on, partner_id
      from import_matches where establishment_id is null
      returning id
    )
    insert into import_changed (id, action, before) select id, 'create', null from created`);
  await tx.execute(sql`create temp table import_snapshot_changes (establishment_id uuid) on commit drop`);
  await tx.execute(sql`
    with written as (
      insert into establishment_snapshots (establishment_id, year, country, territory_unit_code, partner_id, status,
        activity_code, activity_code_scheme, nace_class, nace_revision, filieres, partial_filieres, size_band,
        opened_on, closed_on, source, import_id)
      select e.id, ${year}, ${country}, m.unit_code, m.partner_id, m.status, m.activity_code, m.scheme, m.nace_class,
        m.revision, m.filieres, m.partial_filieres, m.size_band, m.opened_on, m.closed_on, ${source}, ${importId}
      from import_matches m join establishments e on e.country = ${country} and e.national_identifier = m.identifier
      on conflict (establishment_id, year) do update set territory_unit_code = excluded.territory_unit_code,
        partner_id = excluded.partner_id, status = excluded.status, activity_code = excluded.activity_code,
        activity_code_scheme = excluded.activity_code_scheme, nace_class = excluded.nace_class,
        nace_revision = excluded.nace_revision, filieres = excluded.filieres,
        partial_filieres = excluded.partial_filieres, size_band = excluded.size_band,
        opened_on = excluded.opened_on, closed_on = excluded.closed_on, source = excluded.source,
        import_id = excluded.import_id
      where (establishment_snapshots.territory_unit_code, establishment_snapshots.partner_id,
        establishment_snapshots.status, establishment_snapshots.activity_code,
        establishment_snapshots.activity_code_scheme, establishment_snapshots.filieres,
        establishment_snapshots.partial_filieres, establishment_snapshots.size_band,
        establishment_snapshots.opened_on, establishment_snapshots.closed_on, establishment_snapshots.source)
        is distinct from (excluded.territory_unit_code, excluded.partner_id, excluded.status,
        excluded.activity_code, excluded.activity_code_scheme, excluded.filieres, excluded.partial_filieres,
        excluded.size_band, excluded.opened_on, excluded.closed_on, excluded.source)
      returning establishment_id
    )
    insert into import_snapshot_changes select establishment_id from written`);
  // Every created or changed establishment gets its audit entry, numbered in one step on the change clock.
  await tx.execute(sql`
    with changed as (
      select c.id, c.action, c.before, row_number() over (order by c.action, c.id) as n,
        count(*) over () as total
      from import_changed c
    ), tick as (
      update change_clock set seq = seq + (select count(*) from import_changed) where id = 1 returning seq
    )
    insert into audit_log (actor_type, actor_id, partner_id, request_id, action, resource, resource_id, before,
      after, seq)
    select ${actor.kind}, ${actor.id}, ${actor.partnerId}, ${actor.requestId ?? null}, changed.action,
      ${ESTABLISHMENT_RESOURCE}, e.id::text, changed.before, ${representation('e')},
      tick.seq - changed.total + changed.n
    from changed join establishments e on e.id = changed.id cross join tick`);
  const [totals] = await queryRows<{ imported: number; updated: number; unchanged: number }>(
    tx,
    sql`select
      count(*) filter (where c.action = 'create')::int as imported,
      count(*) filter (where c.action = 'update' or (c.id is null and s.establishment_id is not null))::int as updated,
      count(*) filter (where c.id is null and s.establishment_id is null)::int as unchanged
    from import_matches m
    join establishments e on e.country = ${country} and e.national_identifier = m.identifier
    left join import_changed c on c.id = e.id
    left join import_snapshot_changes s on s.establishment_id = e.id`,
  );
  return {
    imported: totals?.imported ?? 0,
    updated: totals?.updated ?? 0,
    unchanged: totals?.unchanged ?? 0,
    removed: 0,
  };
}

export interface CountMergeInput {
  readonly country: string;
  readonly source: string;
  readonly importId: string;
  readonly scope: string | null;
  readonly activityColumn: string;
}

/**
 * Merges `import_count_rows` into `published_counts`: former units' rows are added into their current unit
 * (a cell suppressed in any part stays suppressed), and the rows of this source for the years and territory of
 * the file that the file no longer holds are removed — an import replaces what the source published.
 */
export async function mergeCounts(tx: DbExecutor, input: CountMergeInput): Promise<MergeCounts> {
  const { country, source, importId } = input;
  await rejectDuplicates(
    tx,
    'import_count_rows',
    'source_code, year, activity_code, measure',
    input.activityColumn,
    'the same unit, year, activity and measure',
  );
  await tx.execute(sql`
    create temp table import_counts on commit drop as
    select unit_code, partner_id, year, activity_code, scheme, revision, nace_code, nace_level, filieres,
      partial_filieres, measure,
      case when bool_or(value is null) then null else sum(value) end as value,
      case when bool_or(value is null) then 'suppressed-at-source' else 'value' end as status
    from import_count_rows
    group by unit_code, partner_id, year, activity_code, scheme, revision, nace_code, nace_level, filieres,
      partial_filieres, measure`);
  const [written] = await queryRows<{ imported: number; updated: number }>(
    tx,
    sql`with written as (
      insert into published_counts (source, country, territory_unit_code, partner_id, year, activity_code,
        activity_code_scheme, nace_code, nace_level, nace_revision, filieres, partial_filieres, measure, value,
        status, import_id)
      select ${source}, ${country}, unit_code, partner_id, year, activity_code, scheme, nace_code, nace_level,
        revision, filieres, partial_filieres, measure, value, status, ${importId}
      from import_counts
      on conflict (source, country, territory_unit_code, year, activity_code, measure) do update set
        value = excluded.value, status = excluded.status, partner_id = excluded.partner_id,
        activity_code_scheme = excluded.activity_code_scheme, nace_code = excluded.nace_code,
        nace_level = excluded.nace_level, nace_revision = excluded.nace_revision, filieres = excluded.filieres,
        partial_filieres = excluded.partial_filieres, import_id = excluded.import_id
      where (published_counts.value, published_counts.status, published_counts.filieres,
        published_counts.partial_filieres) is distinct from (excluded.value, excluded.status, excluded.filieres,
        excluded.partial_filieres)
      returning (xmax = 0) as inserted
    )
    select count(*) filter (where inserted)::int as imported, count(*) filter (where not inserted)::int as updated
    from written`,
  );
  const removed = await count(
    tx,
    sql`with gone as (
      delete from published_counts p
      where p.source = ${source} and p.country = ${country}
        and p.year in (select distinct year from import_counts)
        and (${input.scope}::text is null or p.partner_id = ${input.scope})
        and not exists (select 1 from import_counts c where c.unit_code = p.territory_unit_code and c.year = p.year
          and c.activity_code = p.activity_code and c.measure = p.measure)
      returning 1
    ) select count(*) as n from gone`,
  );
  const total = await count(tx, sql`select count(*) as n from import_counts`);
  const imported = written?.imported ?? 0;
  const updated = written?.updated ?? 0;
  return { imported, updated, unchanged: total - imported - updated, removed };
}

export interface PopulationMergeInput {
  readonly country: string;
  readonly source: string;
  readonly importId: string;
  readonly populationColumn: string;
}

/** Merges `import_population_rows` into `territory_populations` (former units added into their current one). */
export async function mergePopulation(tx: DbExecutor, input: PopulationMergeInput): Promise<MergeCounts> {
  await rejectDuplicates(
    tx,
    'import_population_rows',
    'source_code, year',
    input.populationColumn,
    'the same unit and year',
  );
  const [written] = await queryRows<{ imported: number; updated: number; total: number }>(
    tx,
    sql`with totals as (
      select unit_code, year, sum(population)::int as population from import_population_rows group by unit_code, year
    ), written as (
      insert into territory_populations (country, code, year, population, source, import_id)
      select ${input.country}, unit_code, year, population, ${input.source}, ${input.importId} from totals
      on conflict (country, code, year) do update set population = excluded.population, source = excluded.source,
        import_id = excluded.import_id
      where (territory_populations.population, territory_populations.source)
        is distinct from (excluded.population, excluded.source)
      returning (xmax = 0) as inserted
    )
    select count(*) filter (where inserted)::int as imported, count(*) filter (where not inserted)::int as updated,
      (select count(*) from totals)::int as total
    from written`,
  );
  const imported = written?.imported ?? 0;
  const updated = written?.updated ?? 0;
  return { imported, updated, unchanged: (written?.total ?? 0) - imported - updated, removed: 0 };
}
