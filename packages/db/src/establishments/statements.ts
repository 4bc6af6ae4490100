import { and, asc, eq, fillPlaceholders, ilike, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { changeClock } from '../audit/table';
import type { Database } from '../connection';
import { escapeLike } from '../internal/sql';
import type { EstablishmentResult } from './errors';
import { fail } from './errors';
import { recordColumns, type StoredRow } from './records';
import { establishments } from './table';

/**
 * The SQL of the establishment reads, rendered by drizzle once per shape of request (which filters are set,
 * which kind of page) and then run through the driver directly as a prepared statement: rendering the query
 * on every request cost a list a tenth of its time (docs/performance.md). Values are bound as parameters.
 */

/** A rendered statement and the values of its parameters. */
export interface EstablishmentStatement {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** The filters a list accepts, as `listEstablishments` takes them. */
export interface StatementFilters {
  readonly filiere?: string | undefined;
  readonly country?: string | undefined;
  readonly territoryUnitCode?: string | undefined;
  readonly naceClass?: string | undefined;
  readonly q?: string | undefined;
  readonly partnerId?: string | null | undefined;
  readonly status?: string | undefined;
}

export type StatementPage =
  | { readonly kind: 'offset'; readonly limit: number; readonly offset: number }
  | {
      readonly kind: 'cursor';
      readonly limit: number;
      readonly after: { readonly createdAt: string; readonly id: string } | null;
    };

const dialect = new PgDialect();
const p = (name: string) => sql.placeholder(name);

/** The columns of a record, each under the name of `StoredRow`, so that driver rows need no mapping. */
const RECORD_SELECT = sql.join(
  Object.entries(recordColumns).map(([name, column]) => sql`${column} as ${sql.identifier(name)}`),
  sql`, `,
);

/** The data version (the change clock), read in the same statement and snapshot as the rows. */
const DATA_VERSION = sql`(select cast(${changeClock.seq} as double precision) from ${changeClock} where ${changeClock.id} = 1)`;

type NaceKind = 'class' | 'group' | 'division';

function naceKind(nace: string): NaceKind | null {
  if (/^\d{2}\.\d{2}$/.test(nace)) return 'class';
  if (/^\d{2}\.\d$/.test(nace)) return 'group';
  if (/^\d{2}$/.test(nace)) return 'division';
  return null;
}

/** The values of the placeholders, and the shape (which conditions the statement has) they fit. */
interface Bound {
  readonly shape: string;
  readonly values: Record<string, unknown>;
  readonly conditions: () => SQL[];
}

function bindFilters(filters: StatementFilters): EstablishmentResult<Bound> {
  const shape: string[] = [];
  const values: Record<string, unknown> = {};
  const conditions: (() => SQL)[] = [];
  if (filters.filiere !== undefined) {
    shape.push('f');
    values.filiere = filters.filiere;
    conditions.push(() => sql`${establishments.filieres} @> array[${p('filiere')}]::text[]`);
  }
  if (filters.country !== undefined) {
    shape.push('c');
    values.country = filters.country;
    conditions.push(() => eq(establishments.country, p('country')));
  }
  if (filters.territoryUnitCode !== undefined) {
    shape.push('t');
    values.territory = filters.territoryUnitCode;
    conditions.push(() => eq(establishments.territoryUnitCode, p('territory')));
  }
  const nace = filters.naceClass;
  if (nace !== undefined) {
    const kind = naceKind(nace);
    if (kind === null) {
      return fail(
        'invalid-filter',
        `naceClass must be a NACE class, group or division such as "43.31", "43.3" or "43", not ${JSON.stringify(nace)}`,
        { field: 'naceClass', params: { value: nace } },
      );
    }
    shape.push(`n${kind}`);
    values.nace = kind === 'class' ? nace : kind === 'group' ? `${nace}%` : `${nace}.%`;
    conditions.push(() =>
      kind === 'class' ? eq(establishments.naceClass, p('nace')) : like(establishments.naceClass, p('nace')),
    );
  }
  const q = filters.q?.trim();
  if (q !== undefined && q !== '') {
    if (q.includes('\u0000')) {
      // PostgreSQL text cannot hold NUL, so no name or identifier contains it (and the driver would refuse it).
      shape.push('q0');
      conditions.push(() => sql`false`);
    } else {
      shape.push('q');
      values.q = `%${escapeLike(q)}%`;
      conditions.push(
        () =>
          or(ilike(establishments.name, p('q')), ilike(establishments.nationalIdentifier, p('q'))) ??
          sql`true`,
      );
    }
  }
  if (filters.partnerId !== undefined) {
    if (filters.partnerId === null) {
      shape.push('p0');
      conditions.push(() => isNull(establishments.partnerId));
    } else {
      shape.push('p');
      values.partner = filters.partnerId;
      conditions.push(() => eq(establishments.partnerId, p('partner')));
    }
  }
  if (filters.status !== undefined) {
    shape.push('s');
    values.status = filters.status;
    conditions.push(() => eq(establishments.status, p('status')));
  }
  return {
    ok: true,
    value: { shape: shape.join(','), values, conditions: () => conditions.map((c) => c()) },
  };
}

/** Rendered statements of one database, by shape (kept as long as the database, like its prepared statements). */
type Rendered = Map<string, { readonly text: string; readonly params: unknown[] }>;

function render(rendered: Rendered, key: string, build: () => SQL, values: Record<string, unknown>) {
  let entry = rendered.get(key);
  if (entry === undefined) {
    const query = dialect.sqlToQuery(build());
    entry = { text: query.sql, params: query.params };
    if (rendered.size > 1_000) rendered.clear();
    rendered.set(key, entry);
  }
  return { text: entry.text, params: fillPlaceholders(entry.params, values) };
}

const renderedOf = (database: Database): Rendered =>
  database.memory.slot('establishment-statements', () => new Map());

/**
 * The statement of a page of establishments: the record columns and the data version, filtered, ordered
 * (by name and id for numbered pages, by creation then id for cursors) and limited in SQL. A cursor page asks
 * for one row more than `limit`, to know whether another page follows.
 */
export function establishmentPageStatement(
  database: Database,
  filters: StatementFilters,
  page: StatementPage,
): EstablishmentResult<EstablishmentStatement> {
  const bound = bindFilters(filters);
  if (!bound.ok) return bound;
  const { shape, values, conditions } = bound.value;
  if (page.kind === 'offset') {
    return {
      ok: true,
      value: render(
        renderedOf(database),
        `page|${shape}`,
        () =>
          sql`select ${RECORD_SELECT}, ${DATA_VERSION} as "dataVersion" from ${establishments} where ${and(sql`true`, ...conditions())} order by ${asc(establishments.name)}, ${asc(establishments.id)} limit ${p('limit')} offset ${p('offset')}`,
        { ...values, limit: page.limit, offset: page.offset },
      ),
    };
  }
  const after = page.after;
  return {
    ok: true,
    value: render(
      renderedOf(database),
      `cursor|${shape}|${after === null ? '' : 'after'}`,
      () => {
        const all = conditions();
        if (after !== null) {
          all.push(
            sql`(${establishments.createdAt}, ${establishments.id}) > (${p('afterTime')}::timestamptz, ${p('afterId')}::uuid)`,
          );
        }
        return sql`select ${RECORD_SELECT}, ${DATA_VERSION} as "dataVersion" from ${establishments} where ${and(sql`true`, ...all)} order by ${asc(establishments.createdAt)}, ${asc(establishments.id)} limit ${p('limit')}`;
      },
      {
        ...values,
        limit: page.limit + 1,
        ...(after === null ? {} : { afterTime: after.createdAt, afterId: after.id }),
      },
    ),
  };
}

/** The statement counting the establishments that match the filters, with the data version it counted at. */
export function establishmentCountStatement(
  database: Database,
  filters: StatementFilters,
): EstablishmentResult<EstablishmentStatement> {
  const bound = bindFilters(filters);
  if (!bound.ok) return bound;
  const { shape, values, conditions } = bound.value;
  return {
    ok: true,
    value: render(
      renderedOf(database),
      `count|${shape}`,
      () =>
        sql`select cast(count(*) as double precision) as "total", ${DATA_VERSION} as "dataVersion" from ${establishments} where ${and(sql`true`, ...conditions())}`,
      values,
    ),
  };
}

/** The statement reading one establishment by id (a UUID, checked by the caller). */
export function establishmentByIdStatement(database: Database, id: string): EstablishmentStatement {
  return render(
    renderedOf(database),
    'id',
    () => sql`select ${RECORD_SELECT} from ${establishments} where ${eq(establishments.id, p('id'))}`,
    { id },
  );
}

/** A row of a page statement. */
export type PageRow = StoredRow & { readonly dataVersion: number };
