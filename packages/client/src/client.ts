import type { Client } from 'openapi-fetch';
import { createFetchClient } from './internal/create-fetch-client';
import type { paths } from './internal/generated/schema';
import { clientProblem, failure, type MbiResult, problemOf, success } from './result';
import type {
  ActivityCodeScheme,
  Budget,
  ChangePage,
  ChangeResource,
  Classification,
  Cofinancing,
  CofinancingRequest,
  CreatedUser,
  Establishment,
  EstablishmentFilters,
  EstablishmentInput,
  EstablishmentPage,
  EstablishmentPatch,
  EstablishmentSyncPage,
  FiliereList,
  IndicatorList,
  IndicatorQuery,
  Meta,
  NomenclatureEntry,
  NomenclaturePage,
  NomenclatureSystem,
  Partner,
  PartnerId,
  PartnerList,
  PasswordChange,
  Principal,
  Project,
  User,
  UserInput,
  UserList,
  UserPatch,
  Versioned,
  WorkPackageList,
} from './types';

/** The media types the raw client is typed for: JSON answers and problem documents (CSV is asked for explicitly). */
type JsonMedia = 'application/json' | 'application/problem+json';

/** A language of the API's labels and error titles. @example const lang: Lang = 'it'; */
export type Lang = 'fr' | 'it' | 'de' | 'en';

/**
 * How to reach the API.
 *
 * @example
 * const options: MbiClientOptions = { baseUrl: 'https://api.example.org', apiKey: process.env.MBI_API_KEY, lang: 'fr' };
 */
export interface MbiClientOptions {
  /** Origin (and path prefix, if any) of the API, without `/v1`: `https://api.example.org`. */
  readonly baseUrl: string;
  /** An API key `mbi_…`, sent as `Authorization: Bearer …`. Reference data needs none; establishments do. */
  readonly apiKey?: string | undefined;
  /** Language of labels and problem titles, sent as `Accept-Language`. The API's default is French. */
  readonly lang?: Lang | undefined;
  /**
   * The fetch to use (default: the global `fetch`, looked up at each call). Tests pass an in-process app:
   * `fetch: async (request) => app.fetch(request)`.
   */
  readonly fetch?: ((request: Request) => Promise<Response>) | undefined;
}

/** Query of `listEstablishments`: the filters and a page (`limit` 1–1000, default 50; `offset`). @example { filiere: 'phyto', limit: 20, offset: 40 } */
export type ListEstablishmentsQuery = EstablishmentFilters & {
  readonly limit?: number;
  readonly offset?: number;
};

/** Query of `syncEstablishments`: the filters and the page size (`limit` 1–1000, default 50). @example { filiere: 'outdoor', limit: 500 } */
export type SyncEstablishmentsQuery = EstablishmentFilters & { readonly limit?: number };

/**
 * Query of `listChanges`: where to start (`since`: a page's `nextCursor`, or `'latest'` for changes from now
 * on; absent: from the beginning of the feed), the page size (`limit` 1–1000, default 100) and one resource.
 *
 * @example { since: 'latest' }
 */
export interface ListChangesQuery {
  readonly since?: string | undefined;
  readonly limit?: number | undefined;
  readonly resource?: ChangeResource | undefined;
}

/** Query of `listUsers`: one partner's users (an admin of a partner sees its own only). @example { partner: 'cimark' } */
export interface ListUsersQuery {
  readonly partner?: PartnerId | undefined;
}

/**
 * Query of `searchNomenclature`: a code in any notation or words of a title (`q`), one `system`, a page
 * (`limit` 1–100, default 20; `offset`).
 *
 * @example { q: '43.29B' }
 */
export interface SearchNomenclatureQuery {
  readonly q?: string | undefined;
  readonly system?: NomenclatureSystem | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Query of `syncChanges`: as for `listChanges`; `since` is where the last run stopped. @example { since: cursor, limit: 500 } */
export type SyncChangesQuery = ListChangesQuery;

/**
 * A client of the Mont-Blanc INNOVATION API. Every method resolves to an {@link MbiResult}: HTTP errors and
 * network failures are values (`ok: false` with a problem document), never exceptions.
 *
 * @example
 * const client = createMbiClient({ baseUrl: 'https://api.example.org', apiKey, lang: 'it' });
 * const budget = await client.getBudget();
 * if (budget.ok) console.log(budget.value.totals.erdf.erdf.amount); // '1244137.34'
 */
export interface MbiClient {
  /**
   * The underlying `openapi-fetch` client, typed by the API's OpenAPI document: any path, method, query and
   * body, with `{ data, error, response }` answers (it throws on network failures). Typed for JSON; ask for
   * CSV with `parseAs: 'text'` and `params: { query: { format: 'csv' } }`.
   *
   * @example const { data } = await client.raw.GET('/v1/partners/{id}', { params: { path: { id: 'cimark' } } });
   */
  readonly raw: Client<paths, JsonMedia>;
  /**
   * The service: its version, database engine (`pglite` or `postgres`), whether it holds demo data (say so on
   * every screen), its languages and how people sign in. Public.
   *
   * @example const meta = await client.getMeta(); // meta.value.demo === true on a fresh embedded database
   */
  getMeta(): Promise<MbiResult<Meta>>;
  /** The project: programme, objectives, filières, stakeholders, accelerators, deliverables, indicators. @example await client.getProject() */
  getProject(): Promise<MbiResult<Project>>;
  /**
   * The financing table: per partner eligible total, ERDF and contribution, and the ERDF totals (sums of the
   * partners' truncated amounts).
   *
   * @example const budget = await client.getBudget(); // budget.value.totals.erdf.erdf → { amount: '1244137.34', currency: 'EUR' }
   */
  getBudget(): Promise<MbiResult<Budget>>;
  /** The four partners. @example (await client.getPartners()).ok */
  getPartners(): Promise<MbiResult<PartnerList>>;
  /**
   * One partner; an unknown id gives a `not-found` problem (404).
   *
   * @example const partner = await client.getPartner('cc-vallee-chamonix');
   */
  getPartner(id: PartnerId | (string & Record<never, never>)): Promise<MbiResult<Partner>>;
  /** The work packages WP1–WP4 and their activities. @example await client.getWorkPackages() */
  getWorkPackages(): Promise<MbiResult<WorkPackageList>>;
  /** The three filières and the NACE codes mapped to them. @example await client.getFilieres() */
  getFilieres(): Promise<MbiResult<FiliereList>>;
  /**
   * The NACE class and filières of an activity code (NAF, ATECO, NOGA, NACE and their 2025 versions); the
   * scheme is inferred from the code's shape when omitted. Not a code: `validation-failed` (400); unknown:
   * `not-found` (404).
   *
   * @example const result = await client.classify('43.31Z'); // result.value.filieres[0].filiere === 'renovation'
   */
  classify(code: string, scheme?: ActivityCodeScheme): Promise<MbiResult<Classification>>;
  /**
   * Fund and contribution of an eligible total at a rate, with the Interreg rule (fund truncated to the
   * cent). Amounts and rates are decimal strings.
   *
   * @example const result = await client.cofinance({ eligible: '422517.30', rate: '0.85' }); // fund '359139.70'
   */
  cofinance(request: CofinancingRequest): Promise<MbiResult<Cofinancing>>;
  /** Who the API key belongs to: role and partner. @example (await client.whoAmI()).ok */
  whoAmI(): Promise<MbiResult<Principal>>;
  /**
   * One page of establishments matching the filters, with the `total`. Needs a key (any role).
   *
   * @example const page = await client.listEstablishments({ territory: '74056', limit: 20, offset: 0 });
   */
  listEstablishments(query?: ListEstablishmentsQuery): Promise<MbiResult<EstablishmentPage>>;
  /**
   * The observatory's indicators per filière × territory × year (public): counts, employees (with their range
   * for size-band sources), creations, closures, shares, rates per 1,000 inhabitants and changes, each row with its
   * confidentiality `status`.
   *
   * @example const result = await client.listIndicators({ filiere: 'outdoor', level: 'partner', years: [2024] });
   */
  listIndicators(query?: IndicatorQuery): Promise<MbiResult<IndicatorList>>;
  /**
   * The same indicators broken down by NACE class of each filière (`naceClass`, `naceLabel`, `weight`).
   *
   * @example const result = await client.listIndicatorClasses({ territory: '74056', measures: ['establishments'] });
   */
  listIndicatorClasses(query?: IndicatorQuery): Promise<MbiResult<IndicatorList>>;
  /**
   * Every establishment matching the filters, page after page in creation order (a keyset cursor, so rows
   * added meanwhile are not skipped or repeated). Yields each page's result; after a failed page it stops.
   *
   * @example
   * for await (const page of client.syncEstablishments({ filiere: 'outdoor', limit: 500 })) {
   *   if (!page.ok) throw new Error(page.problem.title);
   *   for (const establishment of page.value.items) save(establishment);
   * }
   */
  syncEstablishments(query?: SyncEstablishmentsQuery): AsyncGenerator<MbiResult<EstablishmentSyncPage>, void>;
  /**
   * One establishment and its ETag (to send back to `updateEstablishment`).
   *
   * @example const found = await client.getEstablishment(id); // found.value.etag === '"<id>.1"'
   */
  getEstablishment(id: string): Promise<MbiResult<Versioned<Establishment>>>;
  /**
   * Creates an establishment (an editor key: for its own partner). Invalid: `validation-failed` (400, the
   * fields in `problem.errors`); identifier taken: `duplicate-identifier` (409).
   *
   * @example const created = await client.createEstablishment(input); // created.value.etag
   */
  createEstablishment(input: EstablishmentInput): Promise<MbiResult<Versioned<Establishment>>>;
  /**
   * Changes an establishment, sending `If-Match: etag`. Changed since it was read: `precondition-failed`
   * (412): get it again, reapply, retry.
   *
   * @example const updated = await client.updateEstablishment(id, { sizeBand: '11' }, etag);
   */
  updateEstablishment(
    id: string,
    patch: EstablishmentPatch,
    etag: string,
  ): Promise<MbiResult<Versioned<Establishment>>>;
  /**
   * Deletes an establishment; with an ETag, only if it has not changed since (else 412).
   *
   * @example const deleted = await client.deleteEstablishment(id, etag); // deleted.ok
   */
  deleteEstablishment(id: string, etag?: string): Promise<MbiResult<undefined>>;
  /**
   * One page of the change feed: the creates, updates and deletes of the resources the key may read
   * (establishments; API keys and users for an admin), in commit order, after `since`. Send each page's
   * `nextCursor` as the next `since`; `hasMore` says more are already waiting. An empty page's answer has a
   * `Retry-After` header (seconds before the next poll). A cursor the API did not write: `validation-failed`.
   *
   * @example
   * const latest = await client.listChanges({ since: 'latest' });
   * if (latest.ok) cursor = latest.value.nextCursor; // "now": poll from here
   * // An empty page says when to ask again: latest.response?.headers.get('retry-after') → '5' (seconds)
   */
  listChanges(query?: ListChangesQuery): Promise<MbiResult<ChangePage>>;
  /**
   * Reads the change feed from `since` until it is caught up: yields each page in order, asking for the next at
   * once while `hasMore`, and stops after the page that has no more (or after a failed page). Apply each page,
   * then keep its `nextCursor`: the next run starts there, and misses and repeats nothing. Done by hand with
   * `next()`, the generator's return value is that cursor (the one given, when no page was read).
   *
   * @example
   * let cursor = await loadCursor(); // a nextCursor kept from the last run
   * for await (const page of client.syncChanges({ since: cursor, limit: 500 })) {
   *   if (!page.ok) throw new Error(`${page.problem.code}: ${page.problem.title}`);
   *   for (const change of page.value.items) {
   *     if (!isEstablishmentChange(change)) continue;
   *     if (change.representation === null) copy.delete(change.id);
   *     else copy.set(change.id, change.representation);
   *   }
   *   cursor = page.value.nextCursor;
   *   await saveCursor(cursor);
   * }
   */
  syncChanges(query?: SyncChangesQuery): AsyncGenerator<MbiResult<ChangePage>, string | undefined>;
  /**
   * The users an admin manages (an admin of a partner: that partner's), oldest first, disabled ones included.
   *
   * @example const users = await client.listUsers({ partner: 'cimark' }); // users.value.items
   */
  listUsers(query?: ListUsersQuery): Promise<MbiResult<UserList>>;
  /**
   * Creates a user (admin) and returns `{ user, password }`: the generated password is in this answer only.
   * Taken email: `duplicate-identifier` (409).
   *
   * @example const created = await client.createUser({ email, name, role: 'editor', partnerId: 'cimark' });
   */
  createUser(input: UserInput): Promise<MbiResult<CreatedUser>>;
  /**
   * Changes a user's role, name or state (admin); `{ disabled: true }` ends their sessions at once.
   *
   * @example const updated = await client.updateUser(id, { disabled: true });
   */
  updateUser(id: string, patch: UserPatch): Promise<MbiResult<User>>;
  /**
   * Changes the signed-in user's password (a session, with its `X-CSRF-Token`); their other sessions end.
   * Wrong current password or a new one too short or unchanged: `validation-failed` naming the field.
   *
   * @example const changed = await client.changePassword({ currentPassword, newPassword }); // changed.ok
   */
  changePassword(change: PasswordChange): Promise<MbiResult<undefined>>;
  /**
   * Searches activity codes (NACE, NAF, ATECO, NOGA, any notation) and titles in the client's language:
   * the exact code first, each hit with its class and filières.
   *
   * @example const page = await client.searchNomenclature({ q: 'isolation' }); // page.value.items[0]?.code
   */
  searchNomenclature(query?: SearchNomenclatureQuery): Promise<MbiResult<NomenclaturePage>>;
  /**
   * One code of a system with its parents, children, filières and NACE Rev.2 → Rev.2.1 correspondence;
   * unknown: `not-found` (404).
   *
   * @example const entry = await client.getNomenclatureEntry('naf', '43.29A');
   */
  getNomenclatureEntry(system: NomenclatureSystem, code: string): Promise<MbiResult<NomenclatureEntry>>;
}

/** Marks a failure of the transport itself (no HTTP answer), as opposed to an answer that could not be read. */
class TransportFailure extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'TransportFailure';
  }
}

interface Answer<D> {
  readonly data?: D;
  readonly error?: unknown;
  readonly response: Response;
}

/** Runs one call of the raw client and turns everything that can go wrong into a problem. */
async function settle<D, T>(
  call: () => Promise<Answer<D>>,
  accept: (data: D | undefined, response: Response) => MbiResult<T>,
): Promise<MbiResult<T>> {
  let answer: Answer<D>;
  try {
    answer = await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return error instanceof TransportFailure
      ? failure(clientProblem('network', 0, message), null)
      : failure(clientProblem('unexpected-response', 0, message), null);
  }
  const { response } = answer;
  if (!response.ok) return failure(problemOf(answer.error, response), response);
  return accept(answer.data, response);
}

function body<T>(data: T | undefined, response: Response): MbiResult<T> {
  return data === undefined
    ? failure(clientProblem('unexpected-response', response.status, 'The response has no body.'), response)
    : success(data, response);
}

function versioned(data: Establishment | undefined, response: Response): MbiResult<Versioned<Establishment>> {
  const etag = response.headers.get('etag');
  if (data === undefined || etag === null) {
    const detail =
      data === undefined
        ? 'The response has no body.'
        : 'The response has no ETag header (a proxy, or a CORS setting without ETag in Access-Control-Expose-Headers, may hide it).';
    return failure(clientProblem('unexpected-response', response.status, detail), response);
  }
  return success({ establishment: data, etag }, response);
}

/** Copies the defined entries only: with exact optional types, `{ limit: undefined }` is not `{}`. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** The query of `listChanges` as the API takes it: only the parameters that are set. */
function changesQuery(
  query: ListChangesQuery,
): NonNullable<paths['/v1/changes']['get']['parameters']['query']> {
  const { since, limit, resource } = query;
  return {
    ...(since === undefined ? {} : { since }),
    ...(limit === undefined ? {} : { limit }),
    ...(resource === undefined ? {} : { resource }),
  };
}

/** The query string of the indicator routes: lists joined with commas, absent filters left out. */
function indicatorQuery(
  query: IndicatorQuery,
): NonNullable<paths['/v1/observatory/indicators']['get']['parameters']['query']> {
  const { filiere, level, country, territory, measures, years } = query;
  return {
    ...(filiere === undefined ? {} : { filiere }),
    ...(level === undefined ? {} : { level }),
    ...(country === undefined ? {} : { country }),
    ...(territory === undefined ? {} : { territory }),
    ...(measures === undefined ? {} : { measure: measures.join(',') }),
    ...(years === undefined ? {} : { year: years.join(',') }),
  };
}

/**
 * Creates a client of the Mont-Blanc INNOVATION API. It runs wherever `fetch` does (browsers, Node ≥ 20,
 * Deno, workers) and sends `Authorization: Bearer <apiKey>` and `Accept-Language: <lang>` with every request.
 *
 * @example
 * import { createMbiClient } from '@mbi/client';
 *
 * const client = createMbiClient({ baseUrl: 'https://api.example.org', apiKey: 'mbi_…', lang: 'fr' });
 * const created = await client.createEstablishment({
 *   country: 'FR', nationalIdentifier: '356 000 000 00048', name: 'Atelier de skis', activityCode: '32.30Z',
 *   activityCodeScheme: 'naf', territoryUnitCode: '74056', sizeBand: '02', status: 'active', openedOn: '2018-03-01',
 * });
 * if (!created.ok) console.error(created.problem.code, created.problem.errors);
 */
export function createMbiClient(options: MbiClientOptions): MbiClient {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const raw = createFetchClient<paths, JsonMedia>({
    baseUrl: options.baseUrl,
    fetch: async (request) => {
      try {
        return await send(request);
      } catch (error) {
        throw new TransportFailure(error);
      }
    },
    headers: {
      Accept: 'application/json',
      ...(options.apiKey === undefined ? {} : { Authorization: `Bearer ${options.apiKey}` }),
      ...(options.lang === undefined ? {} : { 'Accept-Language': options.lang }),
    },
  });

  const listChanges = (query: ListChangesQuery = {}) =>
    settle(() => raw.GET('/v1/changes', { params: { query: changesQuery(query) } }), body);

  return {
    raw,
    getMeta: () => settle(() => raw.GET('/v1/meta'), body),
    getProject: () => settle(() => raw.GET('/v1/project'), body),
    getBudget: () => settle(() => raw.GET('/v1/budget'), body),
    getPartners: () => settle(() => raw.GET('/v1/partners'), body),
    getPartner: (id) =>
      // The generated type lists today's partners; any id is sent, and an unknown one gets the API's 404.
      settle(() => raw.GET('/v1/partners/{id}', { params: { path: { id: id as PartnerId } } }), body),
    getWorkPackages: () => settle(() => raw.GET('/v1/work-packages'), body),
    getFilieres: () => settle(() => raw.GET('/v1/filieres'), body),
    classify: (code, scheme) =>
      settle(
        () =>
          raw.GET('/v1/classifications/{code}', {
            params: { path: { code }, query: scheme === undefined ? {} : { scheme } },
          }),
        body,
      ),
    cofinance: (request) => settle(() => raw.POST('/v1/calculations/cofinancing', { body: request }), body),
    whoAmI: () => settle(() => raw.GET('/v1/auth/me'), body),
    listIndicators: (query = {}) =>
      settle(() => raw.GET('/v1/observatory/indicators', { params: { query: indicatorQuery(query) } }), body),
    listIndicatorClasses: (query = {}) =>
      settle(() => raw.GET('/v1/observatory/classes', { params: { query: indicatorQuery(query) } }), body),
    listEstablishments: (query = {}) =>
      settle(
        () => raw.GET('/v1/establishments', { params: { query: defined(query) } }),
        (data, response) => {
          if (data !== undefined && !('total' in data)) {
            return failure(
              clientProblem('unexpected-response', response.status, 'Expected a page with a total.'),
              response,
            );
          }
          return body(data, response);
        },
      ),
    async *syncEstablishments(query = {}) {
      let cursor: string | null = '';
      while (cursor !== null) {
        const after: string = cursor;
        const page: MbiResult<EstablishmentSyncPage> = await settle(
          () => raw.GET('/v1/establishments', { params: { query: { ...defined(query), cursor: after } } }),
          (data, response) => {
            if (data !== undefined && !('nextCursor' in data)) {
              return failure(
                clientProblem('unexpected-response', response.status, 'Expected a page with a nextCursor.'),
                response,
              );
            }
            return body(data, response);
          },
        );
        yield page;
        if (!page.ok) return;
        cursor = page.value.nextCursor;
      }
    },
    getEstablishment: (id) =>
      settle(() => raw.GET('/v1/establishments/{id}', { params: { path: { id } } }), versioned),
    createEstablishment: (input) => settle(() => raw.POST('/v1/establishments', { body: input }), versioned),
    updateEstablishment: (id, patch, etag) =>
      settle(
        () =>
          raw.PATCH('/v1/establishments/{id}', {
            params: { path: { id }, header: { 'if-match': etag } },
            body: patch,
          }),
        versioned,
      ),
    deleteEstablishment: (id, etag) =>
      settle(
        () =>
          raw.DELETE('/v1/establishments/{id}', {
            params: { path: { id } },
            ...(etag === undefined ? {} : { headers: { 'If-Match': etag } }),
          }),
        (_data, response) => success(undefined, response),
      ),
    listUsers: (query = {}) =>
      settle(
        () =>
          raw.GET('/v1/users', {
            params: { query: query.partner === undefined ? {} : { partner: query.partner } },
          }),
        body,
      ),
    createUser: (input) => settle(() => raw.POST('/v1/users', { body: input }), body),
    updateUser: (id, patch) =>
      settle(() => raw.PATCH('/v1/users/{id}', { params: { path: { id } }, body: patch }), body),
    changePassword: (change) =>
      settle(
        () => raw.POST('/v1/auth/password', { body: change }),
        (_data, response) => success(undefined, response),
      ),
    searchNomenclature: (query = {}) =>
      settle(
        () =>
          raw.GET('/v1/nomenclature', {
            // Only the parameters that are set: with exact optional types, `{ q: undefined }` is not `{}`.
            params: {
              query: defined({ ...query }) as NonNullable<
                paths['/v1/nomenclature']['get']['parameters']['query']
              >,
            },
          }),
        body,
      ),
    getNomenclatureEntry: (system, code) =>
      settle(() => raw.GET('/v1/nomenclature/{system}/{code}', { params: { path: { system, code } } }), body),
    listChanges,
    async *syncChanges(query = {}) {
      let since = query.since;
      while (true) {
        const page = await listChanges({ ...query, since });
        yield page;
        if (!page.ok) return since;
        const moved = page.value.nextCursor !== since;
        since = page.value.nextCursor;
        // A cursor that did not move cannot lead anywhere new: stop rather than ask the same page forever.
        if (!page.value.hasMore || !moved) return since;
      }
    },
  };
}
