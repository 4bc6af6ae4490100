import type { components, paths } from './internal/generated/schema';

type Schemas = components['schemas'];
type EstablishmentsQuery = NonNullable<paths['/v1/establishments']['get']['parameters']['query']>;

/**
 * An RFC 9457 problem document, as every error of the API is sent (`application/problem+json`): a stable
 * `code` to switch on (`not-found`, `validation-failed`, `precondition-failed`…), its `type` URN, a `title`
 * in the request's language, the HTTP `status`, and for validation errors the fields in `errors`. The client
 * adds two codes of its own: `network` (no answer; `status` 0) and `unexpected-response` (an answer that is
 * not the documented one, e.g. an HTML error page of a proxy).
 *
 * @example
 * if (!result.ok && result.problem.code === 'precondition-failed') await reloadAndRetry();
 */
export type Problem = Schemas['Problem'];

/**
 * An exact amount: a decimal string with two decimals and its currency. Never parse it into a binary
 * floating-point number for arithmetic.
 *
 * @example const fund: Money = { amount: '359139.70', currency: 'EUR' };
 */
export type Money = Schemas['Money'];

/**
 * The service: `version`, `database` (`pglite` | `postgres`), `demo` (the database holds demo data),
 * `languages` (`['fr', 'it', 'de', 'en']`) and `signIn` (`'password'`).
 *
 * @example if (meta.demo) showDemoBanner();
 */
export type Meta = Schemas['Meta'];
/** The project: programme, objectives, filières, stakeholders, accelerators, deliverables, indicators. @example (await client.getProject()).ok */
export type Project = Schemas['Project'];
/** A partner with its role, territory and budget, labels in the client's language. @example partner.budget */
export type Partner = Schemas['Partner'];
/** The partners. @example list.items.map((partner) => partner.id) */
export type PartnerList = Schemas['PartnerList'];
/** The work packages WP1–WP4 and their activities. @example list.items[0]?.activities */
export type WorkPackageList = Schemas['WorkPackageList'];
/** The filières and the NACE codes mapped to each. @example list.items.map((filiere) => filiere.id) */
export type FiliereList = Schemas['FiliereList'];
/** The financing table: per partner rows and the ERDF totals. @example budget.totals.erdf.erdf.amount // '1244137.34' */
export type Budget = Schemas['Budget'];
/** What `cofinance` sends: an eligible total and a rate as decimal strings, a currency (EUR by default). @example { eligible: '422517.30', rate: '0.85' } */
export type CofinancingRequest = Schemas['CofinancingRequest'];
/** Fund and contribution of an eligible total at a rate, truncated to the cent. @example result.fund.amount // '359139.70' */
export type Cofinancing = Schemas['Cofinancing'];
/** The NACE class of an activity code and its filières. @example classification.filieres[0]?.filiere // 'renovation' */
export type Classification = Schemas['Classification'];
/** The activity code schemes `classify` accepts; inferred from the code's shape when omitted. @example const scheme: ActivityCodeScheme = 'ateco'; */
export type ActivityCodeScheme = NonNullable<
  NonNullable<paths['/v1/classifications/{code}']['get']['parameters']['query']>['scheme']
>;
/** Who the caller is: an API key or a signed-in user, its role and partner. @example principal.role // 'editor' */
export type Principal = Schemas['Principal'];
/** The identifier of one of the project's partners. @example const id: PartnerId = 'cc-vallee-chamonix'; */
export type PartnerId = paths['/v1/partners/{id}']['get']['parameters']['path']['id'];

/**
 * A stored establishment (a company site): what was sent, plus `id`, `version`, timestamps, the NACE class
 * and the filières derived from the activity code.
 *
 * @example establishment.filieres // ['outdoor']
 */
export type Establishment = Schemas['Establishment'];

/**
 * What `createEstablishment` sends. The national identifier must be valid for the country (SIRET in FR,
 * partita IVA or codice fiscale in IT, UID in CH); an editor's key may omit `partnerId` (its own).
 *
 * @example
 * const input: EstablishmentInput = {
 *   country: 'FR', nationalIdentifier: '35600000000048', name: 'Atelier', activityCode: '32.30Z',
 *   activityCodeScheme: 'naf', territoryUnitCode: '74056', sizeBand: '02', status: 'active', openedOn: '2018-03-01',
 * };
 */
export type EstablishmentInput =
  paths['/v1/establishments']['post']['requestBody']['content']['application/json'];

/**
 * What `updateEstablishment` sends: the fields to change (at least one); `null` clears `closedOn` or
 * `partnerId`.
 *
 * @example const patch: EstablishmentPatch = { status: 'closed', closedOn: '2024-12-31' };
 */
export type EstablishmentPatch = NonNullable<
  paths['/v1/establishments/{id}']['patch']['requestBody']
>['content']['application/json'];

/**
 * Filters of the establishment list and sync: filière, country, commune code (`territory`), NACE class,
 * group or division (`nace`), text (`q`), partner, status.
 *
 * @example const filters: EstablishmentFilters = { filiere: 'outdoor', country: 'FR' };
 */
export type EstablishmentFilters = Omit<
  EstablishmentsQuery,
  'limit' | 'offset' | 'cursor' | 'format' | 'sep' | 'lang'
>;

/** A page of `listEstablishments`: the items, the `total` matching the filters, and the page's bounds. @example page.total */
export type EstablishmentPage = Schemas['EstablishmentPage'];
/** A page of `syncEstablishments`: the items and the cursor of the next page (`null` after the last). @example page.nextCursor */
export type EstablishmentSyncPage = Schemas['EstablishmentSyncPage'];

/**
 * An establishment with its ETag: send the ETag back to `updateEstablishment` (If-Match) so that a change
 * made meanwhile by someone else is refused (412) rather than overwritten.
 *
 * @example const { establishment, etag } = result.value;
 */
export interface Versioned<T> {
  readonly establishment: T;
  readonly etag: string;
}

/**
 * One change of the feed (`listChanges`, `syncChanges`): which resource (`establishment`; `api-key` and
 * `user` for admins), its id, the `operation` (`create`, `update`, `delete`, or a resource's own verb such as
 * `revoke`), its `version` after the change (establishments), when it was written (`at`), and its
 * `representation` after the change — what its GET returns — or `null` after a delete.
 *
 * @example
 * if (change.operation === 'delete') copy.delete(change.id);
 */
export type Change = Schemas['Change'];

/**
 * A page of the change feed: changes in commit order, the cursor to send as `since` next time, and
 * `hasMore` when more changes are already waiting (ask again at once).
 *
 * @example const { items, nextCursor, hasMore } = page;
 */
export type ChangePage = Schemas['ChangePage'];

/** A resource whose changes the feed lists. @example const resource: ChangeResource = 'establishment'; */
export type ChangeResource = NonNullable<
  NonNullable<paths['/v1/changes']['get']['parameters']['query']>['resource']
>;

/**
 * A change of an establishment, its representation typed: the establishment after a create or an update (as
 * `getEstablishment` returns it), `null` after a delete. Narrow a {@link Change} with `isEstablishmentChange`.
 *
 * @example if (isEstablishmentChange(change) && change.representation !== null) change.representation.name;
 */
export type EstablishmentChange = Omit<Change, 'resource' | 'representation'> & {
  readonly resource: 'establishment';
  readonly representation: Establishment | null;
};

/**
 * A dashboard user, as admins see them: never a password.
 *
 * @example user.disabledAt === null // the account is active
 */
export type User = Schemas['User'];
/** The users an admin manages. @example list.items.map((user) => user.email) */
export type UserList = Schemas['UserList'];
/** What `createUser` sends. @example const input: UserInput = { email: 'anna@cimark.example', name: 'Anna', role: 'viewer', partnerId: 'cimark' }; */
export type UserInput = Schemas['UserRequest'];
/** A new user and their generated password, shown this once. @example created.password */
export type CreatedUser = Schemas['CreatedUser'];
/** What `updateUser` sends: the role, the name, `disabled` (at least one). @example const patch: UserPatch = { disabled: true }; */
export type UserPatch = Schemas['UserPatch'];
/** What `changePassword` sends. @example const change: PasswordChange = { currentPassword, newPassword }; */
export type PasswordChange = Schemas['PasswordChange'];
/** A system of activity codes (2008 versions). @example const system: NomenclatureSystem = 'naf'; */
export type NomenclatureSystem = Schemas['NomenclatureHit']['system'];
/** A hit of `searchNomenclature`: the code, its title in the reader's language, its class and filières. @example hit.filieres[0]?.weight */
export type NomenclatureHit = Schemas['NomenclatureHit'];
/** A page of hits, with the `total`. @example page.items[0]?.code */
export type NomenclaturePage = Schemas['NomenclaturePage'];
/** One code with its parents, children, filières and NACE Rev.2 → Rev.2.1 correspondence. @example entry.correspondence[0]?.rev21 */
export type NomenclatureEntry = Schemas['NomenclatureEntry'];

/**
 * The observatory's indicators in tidy long form: one row per year × territory × filière (× NACE class) × measure,
 * each with its confidentiality `status` (a suppressed cell has no value), plus the legend and the notes (rule
 * of confidentiality, employees from size bands, partial classes) in the client's language.
 *
 * @example const rows = list.items.filter((row) => row.status === 'value');
 */
export type IndicatorList = Schemas['IndicatorList'];
/** One row of an indicator answer. @example row.status === 'suppressed-secondary' && row.value === null */
export type IndicatorRow = Schemas['IndicatorRow'];
/** A measure of the observatory (`establishments`, `employees-per-1000`…). @example const m: IndicatorMeasure = 'employees'; */
export type IndicatorMeasure = Schemas['IndicatorRow']['measure'];
/** The state of a cell: `value`, `suppressed-frequency`, `suppressed-dominance`, `suppressed-secondary`, `suppressed-at-source`, `no-data`. @example const s: CellState = 'no-data'; */
export type CellState = Schemas['IndicatorRow']['status'];

/**
 * Filters of `listIndicators` and `listIndicatorClasses`: a filière, the measures and years wanted (all by
 * default), the level (`unit`, `partner`, `country`), a country and one territory at that level.
 *
 * @example const query: IndicatorQuery = { filiere: 'outdoor', measures: ['establishments'], years: [2024] };
 */
export interface IndicatorQuery {
  readonly filiere?: Schemas['IndicatorRow']['filiere'] | undefined;
  readonly measures?: readonly IndicatorMeasure[] | undefined;
  readonly years?: readonly number[] | undefined;
  readonly level?: Schemas['IndicatorRow']['level'] | undefined;
  readonly country?: Schemas['IndicatorRow']['country'] | undefined;
  readonly territory?: string | undefined;
}
