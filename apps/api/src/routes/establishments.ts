import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type AuditActor,
  createEstablishment,
  deleteEstablishment,
  ESTABLISHMENTS_MAX_LIMIT,
  type EstablishmentError,
  type EstablishmentRecord,
  getEstablishment,
  listEstablishments,
  updateEstablishment,
} from '@mbi/db';
import {
  COUNTRY_CODES,
  ESTABLISHMENT_STATUSES,
  EstablishmentInputSchema,
  EstablishmentPatchSchema,
  EstablishmentSchema,
  FILIERE_IDS,
  FiliereIdSchema,
} from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import type { Context } from 'hono';
import type { AppOptions } from '../app';
import type { AppEnv, Principal } from '../context';
import { requireRole, requireWriter } from '../lib/access';
import { type CsvColumn, csvOptionsFor, toCsv } from '../lib/csv';
import { localeOf } from '../lib/locale';
import { ApiProblem, type ProblemCode } from '../lib/problem';
import { formatOf } from '../lib/respond';
import { LangQuery, problemResponse } from './schemas';

const TAGS = ['Establishments'];
const security = [{ apiKey: [] }];

const RecordSchema = EstablishmentSchema.safeExtend({
  version: z.number().int(),
  naceClass: z.string(),
  filieres: z.array(FiliereIdSchema),
}).openapi('Establishment');

const ListQuerySchema = LangQuery.extend({
  filiere: z.enum(FILIERE_IDS).optional(),
  country: z.enum(COUNTRY_CODES).optional(),
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
  partner: z.string().max(64).optional(),
  status: z.enum(ESTABLISHMENT_STATUSES).optional(),
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
    items: z.array(RecordSchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('EstablishmentPage');
const CursorPageSchema = z
  .object({ items: z.array(RecordSchema), nextCursor: z.string().nullable() })
  .openapi('EstablishmentSyncPage');

const IdParam = z.object({ id: z.string().max(64).openapi({ format: 'uuid' }) });

const PROBLEM_OF: Record<EstablishmentError['code'], ProblemCode> = {
  'validation-failed': 'validation-failed',
  'invalid-activity-code': 'validation-failed',
  'duplicate-identifier': 'duplicate-identifier',
  'not-found': 'not-found',
  'precondition-failed': 'precondition-failed',
  forbidden: 'forbidden',
  'invalid-filter': 'validation-failed',
  'invalid-page': 'validation-failed',
  'invalid-cursor': 'validation-failed',
};

function problemFor(error: EstablishmentError, where: 'body' | 'query' | 'path'): ApiProblem {
  const errors =
    error.issues?.map((issue) => ({
      field: `${where}.${issue.field}`,
      code: error.code,
      message: issue.message,
    })) ??
    (error.field === undefined
      ? undefined
      : [{ field: `${where}.${error.field}`, code: error.code, message: error.message }]);
  return new ApiProblem(PROBLEM_OF[error.code], {
    detail: error.message,
    ...(errors === undefined ? {} : { errors }),
  });
}

const etagOf = (record: EstablishmentRecord) => `"${record.id}.${record.version}"`;

/** The version an `If-Match` header names for this establishment, `null` for `*`, `undefined` when absent. */
function expectedVersion(c: Context<AppEnv>, id: string): number | null | undefined {
  const header = c.req.header('if-match');
  if (header === undefined) return undefined;
  if (header.trim() === '*') return null;
  for (const tag of header.split(',')) {
    const match = /^"([^"]+)\.(\d{1,9})"$/.exec(tag.trim().replace(/^W\//, ''));
    if (match !== null && match[1] === id) return Number(match[2]);
  }
  // An ETag of another resource or version can never match: the precondition fails.
  return -1;
}

function actorOf(c: Context<AppEnv>, principal: Principal): AuditActor {
  return {
    kind: principal.kind,
    id: principal.id,
    partnerId: principal.partnerId,
    requestId: c.get('requestId'),
  };
}

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

/** Establishments (company sites): read with any key, written by editors for their partner and admins. */
export function registerEstablishmentRoutes(app: OpenAPIHono<AppEnv>, options: AppOptions): void {
  const { db } = options.database;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/establishments',
      tags: TAGS,
      security,
      summary: 'List establishments (filters, limit/offset with total, or a cursor for bulk sync)',
      request: { query: ListQuerySchema },
      responses: {
        200: {
          description: 'A page',
          content: {
            'application/json': { schema: z.union([OffsetPageSchema, CursorPageSchema]) },
            'text/csv': { schema: z.string() },
          },
        },
        400: problemResponse('Invalid filter, page or cursor'),
        401: problemResponse('No API key'),
      },
    }),
    async (c) => {
      requireRole(c, 'viewer');
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
          ? await listEstablishments(db, filters, { limit: query.limit, offset: query.offset })
          : await listEstablishments(db, filters, {
              limit: query.limit,
              cursor: query.cursor === '' ? null : query.cursor,
            });
      if (!result.ok) throw problemFor(result.error, 'query');
      if (format === 'csv') {
        const csv = toCsv(csvColumns(c), result.value.items, csvOptionsFor(localeOf(c), query.sep));
        return c.body(csv, 200, {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Cache-Control': 'no-cache',
        });
      }
      return c.json(result.value, 200, { 'Cache-Control': 'no-cache' });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/establishments',
      tags: TAGS,
      security,
      summary: 'Create an establishment (editor: for its own partner)',
      request: {
        query: LangQuery,
        body: { required: true, content: { 'application/json': { schema: EstablishmentInputSchema } } },
      },
      responses: {
        201: { description: 'Created', content: { 'application/json': { schema: RecordSchema } } },
        400: problemResponse('Invalid establishment'),
        401: problemResponse('No API key'),
        403: problemResponse('Not allowed for this partner'),
        409: problemResponse('An establishment with this identifier exists'),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const { principal, partnerId } = requireWriter(c);
      // An editor's establishments belong to its partner: filled in when omitted, refused when another.
      const body = partnerId !== null && input.partnerId === undefined ? { ...input, partnerId } : input;
      if (partnerId !== null && body.partnerId !== partnerId) {
        throw new ApiProblem('forbidden', {
          detail: `An editor of ${partnerId} cannot create data of ${body.partnerId}.`,
        });
      }
      const created = await createEstablishment(db, body as typeof input, actorOf(c, principal));
      if (!created.ok) throw problemFor(created.error, 'body');
      return c.json(created.value, 201, {
        Location: `/v1/establishments/${created.value.id}`,
        ETag: etagOf(created.value),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/establishments/{id}',
      tags: TAGS,
      security,
      summary: 'One establishment (its ETag is the version to send in If-Match)',
      request: { params: IdParam, query: LangQuery },
      responses: {
        200: { description: 'The establishment', content: { 'application/json': { schema: RecordSchema } } },
        401: problemResponse('No API key'),
        404: problemResponse('No such establishment'),
      },
    }),
    async (c) => {
      requireRole(c, 'viewer');
      const { id } = c.req.valid('param');
      const record = await getEstablishment(db, id);
      if (record === null) throw new ApiProblem('not-found', { detail: `No establishment ${id}.` });
      return c.json(record, 200, { ETag: etagOf(record), 'Cache-Control': 'no-cache' });
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/v1/establishments/{id}',
      tags: TAGS,
      security,
      summary: 'Change an establishment; needs If-Match with its current ETag (412 when stale)',
      request: {
        params: IdParam,
        query: LangQuery,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: { required: true, content: { 'application/json': { schema: EstablishmentPatchSchema } } },
      },
      responses: {
        200: { description: 'Updated', content: { 'application/json': { schema: RecordSchema } } },
        400: problemResponse('Invalid change'),
        401: problemResponse('No API key'),
        403: problemResponse('Not allowed for this partner'),
        404: problemResponse('No such establishment'),
        409: problemResponse('An establishment with this identifier exists'),
        412: problemResponse('The establishment changed since it was read'),
        428: problemResponse('If-Match is required'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const { principal, partnerId } = requireWriter(c);
      const version = expectedVersion(c, id);
      if (version === undefined) {
        throw new ApiProblem('precondition-required', {
          detail:
            'Send If-Match with the ETag of the establishment (GET it first) so that no change is lost.',
        });
      }
      const updated = await updateEstablishment(db, id, patch, {
        actor: actorOf(c, principal),
        ...(version === null ? {} : { expectedVersion: version }),
        ...(partnerId === null ? {} : { allowedPartnerId: partnerId }),
      });
      if (!updated.ok) throw problemFor(updated.error, 'body');
      return c.json(updated.value, 200, { ETag: etagOf(updated.value) });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/establishments/{id}',
      tags: TAGS,
      security,
      summary: 'Delete an establishment (If-Match honoured when sent)',
      request: { params: IdParam, query: LangQuery },
      responses: {
        204: { description: 'Deleted' },
        401: problemResponse('No API key'),
        403: problemResponse('Not allowed for this partner'),
        404: problemResponse('No such establishment'),
        412: problemResponse('The establishment changed since it was read'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { principal, partnerId } = requireWriter(c);
      const version = expectedVersion(c, id);
      const deleted = await deleteEstablishment(db, id, {
        actor: actorOf(c, principal),
        ...(version === null || version === undefined ? {} : { expectedVersion: version }),
        ...(partnerId === null ? {} : { allowedPartnerId: partnerId }),
      });
      if (!deleted.ok) throw problemFor(deleted.error, 'path');
      return c.body(null, 204);
    },
  );
}
