import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type ApiKey, createApiKey, listApiKeys, ROLES, revokeApiKey } from '@mbi/db';
import type { AppOptions } from '../app';
import type { AppEnv } from '../context';
import { requireRole } from '../lib/access';
import { ApiProblem } from '../lib/problem';
import { LangQuery, problemResponse } from './schemas';

const TAGS = ['Access'];
const security = [{ apiKey: [] }];

const ApiKeySchema = z
  .object({
    id: z.string(),
    prefix: z.string().openapi({ description: 'Recognises the key in lists without revealing it.' }),
    label: z.string(),
    role: z.enum(ROLES),
    partnerId: z.string().nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

const view = (key: ApiKey) => ({
  ...key,
  createdAt: key.createdAt.toISOString(),
  revokedAt: key.revokedAt?.toISOString() ?? null,
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
});

/**
 * API keys managed through the API by an admin — the way to manage keys while the service runs on the
 * embedded database, which only the service's process may open.
 */
export function registerApiKeyRoutes(app: OpenAPIHono<AppEnv>, options: AppOptions): void {
  const { db } = options.database;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/api-keys',
      tags: TAGS,
      security,
      summary: 'List API keys (admin; hashes are never returned)',
      request: { query: LangQuery.extend({ partner: z.string().max(64).optional() }) },
      responses: {
        200: {
          description: 'Keys',
          content: { 'application/json': { schema: z.object({ items: z.array(ApiKeySchema) }) } },
        },
        401: problemResponse('No credentials'),
        403: problemResponse('Not an admin'),
      },
    }),
    async (c) => {
      requireRole(c, 'admin');
      const { partner } = c.req.valid('query');
      const keys = await listApiKeys(db, partner === undefined ? {} : { partnerId: partner });
      return c.json({ items: keys.map(view) }, 200, { 'Cache-Control': 'no-store' });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/api-keys',
      tags: TAGS,
      security,
      summary: 'Create an API key (admin); the token is in this answer only',
      request: {
        query: LangQuery,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.strictObject({
                label: z.string().min(1).max(100),
                role: z.enum(ROLES),
                partnerId: z.string().max(64).nullable(),
              }),
            },
          },
        },
      },
      responses: {
        201: {
          description: 'Created',
          content: { 'application/json': { schema: z.object({ key: ApiKeySchema, token: z.string() }) } },
        },
        400: problemResponse('Invalid key request'),
        401: problemResponse('No credentials'),
        403: problemResponse('Not an admin'),
      },
    }),
    async (c) => {
      const principal = requireRole(c, 'admin');
      const created = await createApiKey(db, c.req.valid('json'), {
        principal,
        requestId: c.get('requestId'),
      });
      if (!created.ok) {
        const field = created.error.code === 'unknown-partner' ? 'body.partnerId' : 'body';
        throw new ApiProblem('validation-failed', {
          detail: created.error.message,
          errors: [{ field, code: created.error.code, message: created.error.message }],
        });
      }
      return c.json({ key: view(created.value.key), token: created.value.token }, 201, {
        'Cache-Control': 'no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/api-keys/{id}',
      tags: TAGS,
      security,
      summary: 'Revoke an API key by id or prefix (admin)',
      request: { params: z.object({ id: z.string().max(64) }), query: LangQuery },
      responses: {
        200: { description: 'Revoked', content: { 'application/json': { schema: ApiKeySchema } } },
        401: problemResponse('No credentials'),
        403: problemResponse('Not an admin'),
        404: problemResponse('No such key'),
      },
    }),
    async (c) => {
      const principal = requireRole(c, 'admin');
      const { id } = c.req.valid('param');
      const revoked = await revokeApiKey(db, id, { principal, requestId: c.get('requestId') });
      if (!revoked.ok) throw new ApiProblem('not-found', { detail: revoked.error.message });
      return c.json(view(revoked.value), 200);
    },
  );
}
