import { z } from '@hono/zod-openapi';
import {
  createEstablishment,
  deleteEstablishment,
  ESTABLISHMENTS_MAX_LIMIT,
  type EstablishmentRecord,
  establishmentOwner,
  getEstablishment,
  listEstablishments,
  updateEstablishment,
} from '@mbi/db';
import {
  CountryCodeSchema,
  EstablishmentInputSchema,
  EstablishmentPatchSchema,
  EstablishmentSchema,
  EstablishmentStatusSchema,
  FiliereIdSchema,
  PartnerIdSchema,
} from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import type { Context } from 'hono';
import type { AppDeps, AppEnv, Principal } from '../../context';
import type { OwnerRule } from '../../lib/access';
import { type CsvColumn, csvOptionsFor, toCsv } from '../../lib/csv';
import { localeOf } from '../../lib/locale';
import { ApiProblem, dataProblem, message } from '../../lib/problem';
import { formatOf, respond, respondJson } from '../../lib/respond';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { csvContent, LangQuery, notModified } from '../../lib/schemas';

const TAGS = ['Establishments'];

export const EstablishmentRecordSchema = EstablishmentSchema.safeExtend({
  version: z.number().int(),
  naceClass: z.string(),
  filieres: z.array(FiliereIdSchema),
}).openapi('Establishment');

const ListQuerySchema = LangQuery.extend({
  filiere: FiliereIdSchema.optional(),
  country: CountryCodeSchema.optional(),
  territory: z
    .string()
    .max(16)
    .optional()
    .openapi({ description: 'INSEE, ISTAT or BFS code of the commune.' }),
  nace: z
    .string()
    .max(8)
    .optional()
    .openapi({ description: 'NACE class (43.31), group (43.3) or division (43).' }),
  q: z.string().max(200).optional().openapi({ description: 'Text in the name or national identifier.' }),
  partner: PartnerIdSchema.optional(),
  status: EstablishmentStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(ESTABLISHMENTS_MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: 'Bulk sync: send `cursor=` (empty) to start, then each answer’s `nextCursor`.' }),
  format: z.enum(['json', 'csv']).optional(),
  sep: z.enum([';', ',']).optional(),
});

const OffsetPageSchema = z
  .object({
    items: z.array(EstablishmentRecordSchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('EstablishmentPage');
const CursorPageSchema = z
  .object({ items: z.array(EstablishmentRecordSchema), nextCursor: z.string().nullable() })
  .openapi('EstablishmentSyncPage');

const IdParam = z.object({ id: z.string().max(64).openapi({ format: 'uuid' }) });

const etagOf = (record: EstablishmentRecord) => `"${record.id}.${record.version}"`;

/** The version an `If-Match` header names for this establishment, `null` for `*`, `undefined` when absent. */
function expectedVersion(header: string | undefined, id: string): number | null | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return null;
  for (const tag of header.split(',')) {
    const match = /^"([^"]+)\.(\d{1,9})"$/.exec(tag.trim().replace(/^W\//, ''));
    if (match !== null && match[1] === id) return Number(match[2]);
  }
  // An ETag of another resource or version can never match: the precondition fails.
  return -1;
}

const actorOf = (c: Context<AppEnv>) => ({
  principal: c.get('principal') as Principal,
  requestId: c.get('requestId'),
});

function csvColumns(c: Context<AppEnv>): CsvColumn<EstablishmentRecord>[] {
  const locale = localeOf(c);
  const t = createTranslator(locale);
  const labels = getLabels(locale);
  return [
    { header: 'id', value: (r) => r.id },
    { header: t('field.country'), value: (r) => r.country },
    { header: t('field.identifier'), value: (r) => r.nationalIdentifier },
    { header: t('field.name'), value: (r) => r.name },
    { header: t('field.activityCode'), value: (r) => r.activityCode },
    { header: t('field.scheme'), value: (r) => r.activityCodeScheme },
    { header: t('field.naceClass'), value: (r) => r.naceClass },
    { header: t('field.filiere'), value: (r) => r.filieres.map((f) => labels.filiere[f]) },
    { header: t('field.municipality'), value: (r) => r.territoryUnitCode },
    { header: t('field.sizeBand'), value: (r) => labels.sizeBand[r.sizeBand] },
    { header: t('field.status'), value: (r) => labels.establishmentStatus[r.status] },
    { header: t('field.creationDate'), value: (r) => r.openedOn },
    { header: t('field.closingDate'), value: (r) => r.closedOn },
    { header: t('financing.column.partner'), value: (r) => r.partnerId },
    { header: t('field.updatedAt'), value: (r) => r.updatedAt },
  ];
}

/**
 * Establishments (company sites): read with any key, written by editors for their own partner and by
 * admins — the access rule of `@mbi/domain`, checked by the route before the body and again by the data
 * layer inside the write.
 */
export function createEstablishmentRoutes({ database }: Pick<AppDeps, 'database'>) {
  const { db } = database;
  const owner: OwnerRule = {
    resource: 'establishment',
    load: (c) => establishmentOwner(db, c.req.param('id') ?? ''),
    notFound: (c) => message('problem.detail.establishmentNotFound', { id: c.req.param('id') ?? '' }),
  };

  return createRouter()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/',
        operationId: 'listEstablishments',
        access: 'viewer',
        tags: TAGS,
        summary: 'List establishments (filters, limit/offset with total, or a cursor for bulk sync)',
        request: { query: ListQuerySchema },
        responses: {
          200: {
            description: 'A page; its ETag changes with any write of data',
            content: {
              'application/json': { schema: z.union([OffsetPageSchema, CursorPageSchema]) },
              ...csvContent,
            },
          },
          ...notModified,
          406: problemAnswer('Neither JSON nor CSV is acceptable'),
        },
      }),
      async (c) => {
        const query = c.req.valid('query');
        const filters = {
          filiere: query.filiere,
          country: query.country,
          territoryUnitCode: query.territory,
          naceClass: query.nace,
          q: query.q,
          partnerId: query.partner,
          status: query.status,
        };
        const format = formatOf(c);
        const result =
          query.cursor === undefined
            ? await listEstablishments(database, filters, { limit: query.limit, offset: query.offset })
            : await listEstablishments(database, filters, {
                limit: query.limit,
                cursor: query.cursor === '' ? null : query.cursor,
              });
        if (!result.ok) throw dataProblem(result.error, 'query');
        const { dataVersion, ...page } = result.value;
        if (format === 'csv') {
          const locale = localeOf(c);
          const csv = toCsv(csvColumns(c), page.items, csvOptionsFor(locale, query.sep));
          return respond(c, csv, {
            'Content-Type': 'text/csv; charset=utf-8; header=present',
            'Cache-Control': 'no-cache',
            ETag: `"e${dataVersion}-${locale}${query.sep === ',' ? 'c' : 's'}"`,
            Vary: 'Accept, Accept-Language',
          });
        }
        // The ETag is the data version the page was read at: no body is hashed.
        return respondJson(c, page, {
          'Cache-Control': 'no-cache',
          ETag: `"e${dataVersion}"`,
          Vary: 'Accept',
        });
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/',
        operationId: 'createEstablishment',
        access: 'editor',
        tags: TAGS,
        summary: 'Create an establishment (editor: for its own partner, which it belongs to by default)',
        request: {
          query: LangQuery,
          body: { required: true, content: { 'application/json': { schema: EstablishmentInputSchema } } },
        },
        responses: {
          201: {
            description: 'Created',
            content: { 'application/json': { schema: EstablishmentRecordSchema } },
          },
          409: problemAnswer('An establishment with this identifier exists'),
        },
      }),
      async (c) => {
        const created = await createEstablishment(db, c.req.valid('json'), actorOf(c));
        if (!created.ok) throw dataProblem(created.error, 'body');
        return c.json(created.value, 201, {
          Location: `/v1/establishments/${created.value.id}`,
          ETag: etagOf(created.value),
        });
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/{id}',
        operationId: 'getEstablishment',
        access: 'viewer',
        tags: TAGS,
        summary: 'One establishment (its ETag is the version to send in If-Match)',
        request: { params: IdParam, query: LangQuery },
        responses: {
          200: {
            description: 'The establishment',
            content: { 'application/json': { schema: EstablishmentRecordSchema } },
          },
          ...notModified,
          404: problemAnswer('No such establishment'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const record = await getEstablishment(database, id);
        if (record === null) {
          throw new ApiProblem('not-found', {
            detail: message('problem.detail.establishmentNotFound', { id }),
          });
        }
        return respondJson(c, record, { ETag: etagOf(record), 'Cache-Control': 'no-cache' });
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/{id}',
        operationId: 'updateEstablishment',
        access: 'editor',
        owner,
        tags: TAGS,
        summary: 'Change an establishment; needs If-Match with its current ETag (412 when stale)',
        request: {
          params: IdParam,
          query: LangQuery,
          headers: z.object({ 'if-match': z.string().max(1024).optional() }),
          body: { required: true, content: { 'application/json': { schema: EstablishmentPatchSchema } } },
        },
        responses: {
          200: {
            description: 'Updated',
            content: { 'application/json': { schema: EstablishmentRecordSchema } },
          },
          404: problemAnswer('No such establishment'),
          409: problemAnswer('An establishment with this identifier exists'),
          412: problemAnswer('The establishment changed since it was read'),
          428: problemAnswer('If-Match is required'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const version = expectedVersion(c.req.valid('header')['if-match'], id);
        if (version === undefined) {
          throw new ApiProblem('precondition-required', {
            detail: message('problem.detail.preconditionRequired'),
          });
        }
        const updated = await updateEstablishment(db, id, c.req.valid('json'), {
          actor: actorOf(c),
          ...(version === null ? {} : { expectedVersion: version }),
        });
        if (!updated.ok) throw dataProblem(updated.error, 'body');
        return c.json(updated.value, 200, { ETag: etagOf(updated.value) });
      },
    )
    .openapi(
      defineRoute({
        method: 'delete',
        path: '/{id}',
        operationId: 'deleteEstablishment',
        access: 'editor',
        owner,
        tags: TAGS,
        summary: 'Delete an establishment (If-Match honoured when sent)',
        request: { params: IdParam, query: LangQuery },
        responses: {
          204: { description: 'Deleted' },
          404: problemAnswer('No such establishment'),
          412: problemAnswer('The establishment changed since it was read'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const version = expectedVersion(c.req.header('if-match'), id);
        const deleted = await deleteEstablishment(db, id, {
          actor: actorOf(c),
          ...(version === null || version === undefined ? {} : { expectedVersion: version }),
        });
        if (!deleted.ok) throw dataProblem(deleted.error, 'path');
        return c.body(null, 204);
      },
    );
}
