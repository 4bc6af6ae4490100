import { Readable } from 'node:stream';
import { z } from '@hono/zod-openapi';
import {
  getImport,
  IMPORT_FORMAT_IDS,
  type ImportRecord,
  importFormat,
  importOwner,
  listImportRejects,
  listImports,
  runImport,
  startImport,
} from '@mbi/db';
import { PartnerIdSchema } from '@mbi/domain';
import { createTranslator } from '@mbi/i18n';
import type { Context } from 'hono';
import type { AppDeps, AppEnv, Principal } from '../../context';
import type { OwnerRule } from '../../lib/access';
import { csvOptionsFor, toCsv } from '../../lib/csv';
import { localeOf } from '../../lib/locale';
import { message } from '../../lib/message';
import { ApiProblem, dataProblem } from '../../lib/problem';
import { formatOf } from '../../lib/respond';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { csvContent, LangQuery, ListQuery } from '../../lib/schemas';

const TAGS = ['Imports'];

const SummarySchema = z.object({
  read: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  skipped: z.number().int().openapi({ description: 'Rows outside the importer’s territories.' }),
  rejected: z.number().int().openapi({ description: 'Rows refused: see /rejects.' }),
});

export const ImportSchema = z
  .object({
    id: z.string().openapi({ format: 'uuid' }),
    format: z.string(),
    kind: z.enum(['establishments', 'counts', 'population']),
    year: z.number().int().nullable(),
    status: z.enum(['running', 'succeeded', 'failed', 'abandoned']),
    statusLabel: z.string(),
    partnerId: PartnerIdSchema.nullable(),
    fileName: z.string().nullable(),
    actor: z.object({ kind: z.string(), id: z.string() }),
    progress: z.object({
      bytesRead: z.number().int(),
      bytesTotal: z.number().int().nullable(),
      rowsRead: z.number().int(),
    }),
    summary: SummarySchema,
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Import');

const ImportListSchema = z.object({ items: z.array(ImportSchema) }).openapi('ImportList');

const RejectSchema = z
  .object({
    row: z.number().int(),
    column: z.string(),
    reason: z.string(),
    message: z.string(),
    value: z.string().nullable(),
  })
  .openapi('ImportReject');

const ImportRequestSchema = z
  .strictObject({
    format: z.enum(IMPORT_FORMAT_IDS as [string, ...string[]]),
    year: z.number().int().min(1900).max(2100).optional().openapi({
      description: 'The reference year of an establishment stock (required for them).',
    }),
    fileName: z.string().max(255).optional(),
    content: z
      .string()
      .min(1)
      .openapi({ description: 'The CSV file, as text (small files; the CLI takes any size).' }),
  })
  .openapi('ImportRequest');

const IdParam = z.object({ id: z.string().max(64).openapi({ format: 'uuid' }) });

type View = z.infer<typeof ImportSchema>;

function view(record: ImportRecord, c: Context<AppEnv>): View {
  const t = createTranslator(localeOf(c));
  return {
    ...record,
    kind: record.kind as View['kind'],
    partnerId: record.partnerId as View['partnerId'],
    statusLabel: t(`observatory.import.status.${record.status}`),
  };
}

/**
 * `POST /v1/imports` (editors for their own partner's territory, admins for every partner's), `GET /v1/imports`,
 * `GET /v1/imports/{id}` (progress while it runs, summary after) and `GET /v1/imports/{id}/rejects` (the
 * rejects report, JSON or CSV). The import runs in this process after the answer; large files go through
 * `mbi import`.
 */
export function createImportRoutes({ database, logger }: Pick<AppDeps, 'database' | 'logger'>) {
  const { db } = database;
  const owner: OwnerRule = {
    resource: 'import',
    load: (c) => importOwner(db, c.req.param('id') ?? ''),
    notFound: (c) => message('problem.detail.importNotFound', { id: c.req.param('id') ?? '' }),
  };
  const found = async (id: string) => {
    const record = await getImport(db, id);
    if (record === null)
      throw new ApiProblem('not-found', { detail: message('problem.detail.importNotFound', { id }) });
    return record;
  };

  return createRouter()
    .openapi(
      defineRoute({
        method: 'post',
        path: '/',
        operationId: 'createImport',
        access: 'editor',
        tags: TAGS,
        summary: 'Import a small file (editor: rows of its own partner’s territory only); 202 with the job',
        request: {
          query: LangQuery,
          body: { required: true, content: { 'application/json': { schema: ImportRequestSchema } } },
        },
        responses: {
          202: {
            description: 'Accepted: the import runs; poll its Location',
            content: { 'application/json': { schema: ImportSchema } },
          },
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const format = importFormat(body.format);
        if (format === undefined)
          throw dataProblem(
            { code: 'validation-failed', message: 'unknown format', field: 'format' },
            'body',
          );
        const actor = { principal: c.get('principal') as Principal, requestId: c.get('requestId') };
        const request = {
          format,
          year: body.year,
          actor,
          fileName: body.fileName,
          bytesTotal: Buffer.byteLength(body.content),
        };
        const started = await startImport(database, request);
        if (!started.ok) throw dataProblem(started.error, 'body');
        const importId = started.value;
        // Runs after the answer; its outcome is the import's state (GET /v1/imports/{id}).
        void runImport(database, {
          ...request,
          importId,
          source: Readable.from([Buffer.from(body.content)]),
        }).catch((error: unknown) => {
          logger.error(
            { importId, error: error instanceof Error ? error.name : typeof error },
            'import failed',
          );
        });
        return c.json(view(await found(importId), c), 202, { Location: `/v1/imports/${importId}` });
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/',
        operationId: 'listImports',
        access: 'editor',
        tags: TAGS,
        summary: 'The latest imports (an editor’s: its partner’s only)',
        request: { query: LangQuery },
        responses: {
          200: {
            description: 'Imports, newest first',
            content: { 'application/json': { schema: ImportListSchema } },
          },
        },
      }),
      async (c) => {
        const principal = c.get('principal') as Principal;
        const items = await listImports(
          db,
          principal.role === 'admin' ? {} : { partnerId: principal.partnerId ?? '' },
        );
        return c.json({ items: items.map((item) => view(item, c)) }, 200, { 'Cache-Control': 'no-store' });
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/{id}',
        operationId: 'getImport',
        access: 'editor',
        owner,
        tags: TAGS,
        summary: 'One import: its progress while it runs, its summary when done',
        request: { params: IdParam, query: LangQuery },
        responses: {
          200: { description: 'The import', content: { 'application/json': { schema: ImportSchema } } },
          404: problemAnswer('No such import'),
        },
      }),
      async (c) =>
        c.json(view(await found(c.req.valid('param').id), c), 200, { 'Cache-Control': 'no-store' }),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/{id}/rejects',
        operationId: 'listImportRejects',
        access: 'editor',
        owner,
        tags: TAGS,
        summary: 'The rejects report of an import: row, column, reason (JSON or CSV)',
        request: { params: IdParam, query: ListQuery },
        responses: {
          200: {
            description: 'Refused rows, in file order',
            content: {
              'application/json': {
                schema: z.object({ items: z.array(RejectSchema) }).openapi('ImportRejectList'),
              },
              ...csvContent,
            },
          },
          404: problemAnswer('No such import'),
          406: problemAnswer('Neither JSON nor CSV is acceptable'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const format = formatOf(c);
        const record = await found(id);
        if (record.status === 'running')
          throw new ApiProblem('not-found', { detail: message('problem.detail.importRunning') });
        const items = await listImportRejects(db, id);
        if (format === 'json') return c.json({ items }, 200, { 'Cache-Control': 'no-store' });
        const locale = localeOf(c);
        const t = createTranslator(locale);
        const csv = toCsv(
          [
            { header: t('observatory.import.column.row'), value: (r) => r.row },
            { header: t('observatory.import.column.column'), value: (r) => r.column },
            { header: t('observatory.import.column.reason'), value: (r) => r.reason },
            { header: t('observatory.import.column.message'), value: (r) => r.message },
            { header: t('observatory.import.column.value'), value: (r) => r.value },
          ],
          items,
          csvOptionsFor(locale, c.req.valid('query').sep),
        );
        return c.body(csv, 200, {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Content-Disposition': `attachment; filename="import-${id}-rejects.csv"`,
          'Cache-Control': 'no-store',
        });
      },
    );
}
