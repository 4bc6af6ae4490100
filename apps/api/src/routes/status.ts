import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@mbi/db';
import type { AppEnv } from '../context';
import { ApiProblem } from '../lib/problem';
import { problemResponse, StatusSchema } from './schemas';

/** Status, liveness and readiness: `/v1/status` and `/readyz` check the database, `/livez` only the process. */
export function registerStatusRoutes(app: OpenAPIHono<AppEnv>, database: Database): void {
  const ready = async () => {
    if (!(await database.ping())) {
      throw new ApiProblem(
        'service-unavailable',
        { detail: 'The database does not answer.' },
        { 'Retry-After': '5' },
      );
    }
    return { status: 'ok' as const };
  };
  const route = (path: string, summary: string) =>
    createRoute({
      method: 'get',
      path,
      tags: ['Status'],
      summary,
      responses: {
        200: { description: 'Up', content: { 'application/json': { schema: StatusSchema } } },
        503: problemResponse('The database is down'),
      },
    });
  app.openapi(route('/v1/status', 'Service status (checks the database)'), async (c) =>
    c.json(await ready(), 200),
  );
  app.openapi(route('/readyz', 'Readiness probe (checks the database)'), async (c) =>
    c.json(await ready(), 200),
  );
  app.openapi(route('/livez', 'Liveness probe (the process answers)'), (c) =>
    c.json({ status: 'ok' as const }, 200),
  );
}
