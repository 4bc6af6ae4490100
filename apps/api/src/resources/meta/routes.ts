import { z } from '@hono/zod-openapi';
import { demoStatus } from '@mbi/db';
import { LOCALES, LocaleSchema } from '@mbi/domain';
import packageJson from '../../../package.json' with { type: 'json' };
import type { AppDeps } from '../../context';
import { createRouter, defineRoute } from '../../lib/router';
import { LangQuery } from '../../lib/schemas';

export const MetaSchema = z
  .object({
    version: z.string().openapi({ example: '0.1.0', description: 'The version of the API that answers.' }),
    database: z.enum(['pglite', 'postgres']).openapi({
      description: '`pglite`: the embedded database (one process); `postgres`: a PostgreSQL server.',
    }),
    demo: z.boolean().openapi({
      description:
        'The database holds demo data (synthetic establishments, demo users): say so on every screen.',
    }),
    languages: z.array(LocaleSchema).openapi({ description: 'The languages of labels and messages.' }),
    signIn: z
      .literal('password')
      .openapi({ description: 'How people sign in: email and password (`POST /v1/auth/sessions`).' }),
  })
  .openapi('Meta');

/** `GET /v1/meta`: what a dashboard needs to know about the service before anything else. */
export function createMetaRoutes({ database }: Pick<AppDeps, 'database'>) {
  return createRouter().openapi(
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'getMeta',
      access: 'public',
      tags: ['Status'],
      summary: 'The service: version, database engine, demo data, languages, sign-in method',
      request: { query: LangQuery },
      responses: {
        200: { description: 'The service', content: { 'application/json': { schema: MetaSchema } } },
      },
    }),
    async (c) => {
      // Read on every call: `mbi demo load` or `remove` may change it while the service runs (PostgreSQL).
      const demo = (await demoStatus(database.db))?.loaded ?? false;
      return c.json(
        {
          version: packageJson.version,
          database: database.engine,
          demo,
          languages: [...LOCALES],
          signIn: 'password' as const,
        },
        200,
        {
          'Cache-Control': 'no-cache',
          // Derived from what the answer says, so a revalidation costs no body.
          ETag: `"meta-${packageJson.version}-${database.engine}-${demo ? 'demo' : 'data'}"`,
        },
      );
    },
  );
}
