import { z } from '@hono/zod-openapi';
import { type ApiKey, createApiKey, listApiKeys, revokeApiKey } from '@mbi/db';
import { PartnerIdSchema, RoleSchema } from '@mbi/domain';
import type { AppDeps, Principal } from '../../context';
import { dataProblem } from '../../lib/problem';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { LangQuery } from '../../lib/schemas';

const TAGS = ['Access'];

export const ApiKeySchema = z
  .object({
    id: z.string(),
    prefix: z.string().openapi({ description: 'Recognises the key in lists without revealing it.' }),
    label: z.string(),
    role: RoleSchema,
    partnerId: PartnerIdSchema.nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

const view = (key: ApiKey): z.infer<typeof ApiKeySchema> => ({
  ...key,
  partnerId: key.partnerId as z.infer<typeof ApiKeySchema>['partnerId'],
  createdAt: key.createdAt.toISOString(),
  revokedAt: key.revokedAt?.toISOString() ?? null,
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
});

/**
 * API keys managed through the API by an admin — the way to manage keys while the service runs on the
 * embedded database, which only the service's process may open.
 */
export function createApiKeyRoutes({ database }: Pick<AppDeps, 'database'>) {
  const { db } = database;
  return createRouter()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/',
        operationId: 'listApiKeys',
        access: 'admin',
        tags: TAGS,
        summary: 'List API keys (admin; hashes are never returned)',
        request: { query: LangQuery.extend({ partner: PartnerIdSchema.optional() }) },
        responses: {
          200: {
            description: 'Keys',
            content: {
              'application/json': {
                schema: z.object({ items: z.array(ApiKeySchema) }).openapi('ApiKeyList'),
              },
            },
          },
        },
      }),
      async (c) => {
        const { partner } = c.req.valid('query');
        const keys = await listApiKeys(db, partner === undefined ? {} : { partnerId: partner });
        return c.json({ items: keys.map(view) }, 200, { 'Cache-Control': 'no-store' });
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/',
        operationId: 'createApiKey',
        access: 'admin',
        tags: TAGS,
        summary: 'Create an API key (admin); the token is in this answer only',
        request: {
          query: LangQuery,
          body: {
            required: true,
            content: {
              'application/json': {
                schema: z
                  .strictObject({
                    label: z.string().trim().min(1).max(100),
                    role: RoleSchema,
                    partnerId: PartnerIdSchema.nullable(),
                  })
                  .openapi('ApiKeyRequest'),
              },
            },
          },
        },
        responses: {
          201: {
            description: 'Created',
            content: {
              'application/json': {
                schema: z.object({ key: ApiKeySchema, token: z.string() }).openapi('CreatedApiKey'),
              },
            },
          },
        },
      }),
      async (c) => {
        const created = await createApiKey(db, c.req.valid('json'), {
          principal: c.get('principal') as Principal,
          requestId: c.get('requestId'),
        });
        if (!created.ok) {
          const field = created.error.code === 'unknown-partner' ? 'partnerId' : '';
          throw dataProblem({ ...created.error, field }, 'body');
        }
        return c.json({ key: view(created.value.key), token: created.value.token }, 201, {
          'Cache-Control': 'no-store',
        });
      },
    )
    .openapi(
      defineRoute({
        method: 'delete',
        path: '/{id}',
        operationId: 'revokeApiKey',
        access: 'admin',
        tags: TAGS,
        summary: 'Revoke an API key by id or prefix (admin); every API process refuses it within a second',
        request: { params: z.object({ id: z.string().max(64) }), query: LangQuery },
        responses: {
          200: { description: 'Revoked', content: { 'application/json': { schema: ApiKeySchema } } },
          404: problemAnswer('No such key'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const revoked = await revokeApiKey(database, id, {
          principal: c.get('principal') as Principal,
          requestId: c.get('requestId'),
        });
        if (!revoked.ok) throw dataProblem(revoked.error, 'path');
        return c.json(view(revoked.value), 200, { 'Cache-Control': 'no-store' });
      },
    );
}
