import { z } from '@hono/zod-openapi';
import type { AppDeps } from '../../context';
import { ApiProblem, message } from '../../lib/problem';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';

const StatusSchema = z.object({ status: z.literal('ok') }).openapi('Status');

/** Status, liveness and readiness: `/v1/status` and `/readyz` check the database, `/livez` only the process. */
export function createStatusRoutes({ database }: Pick<AppDeps, 'database'>) {
  const ready = async () => {
    if (!(await database.ping())) {
      throw new ApiProblem(
        'service-unavailable',
        { detail: message('problem.detail.databaseUnavailable') },
        { 'Retry-After': '5' },
      );
    }
    return { status: 'ok' as const };
  };
  const route = (path: string, operationId: string, summary: string) =>
    defineRoute({
      method: 'get',
      path,
      operationId,
      access: 'public',
      tags: ['Status'],
      summary,
      responses: {
        200: { description: 'Up', content: { 'application/json': { schema: StatusSchema } } },
        503: problemAnswer('The database is down'),
      },
    });
  return createRouter()
    .openapi(route('/v1/status', 'getStatus', 'Service status (checks the database)'), async (c) =>
      c.json(await ready(), 200, { 'Cache-Control': 'no-store' }),
    )
    .openapi(route('/readyz', 'getReadiness', 'Readiness probe (checks the database)'), async (c) =>
      c.json(await ready(), 200, { 'Cache-Control': 'no-store' }),
    )
    .openapi(route('/livez', 'getLiveness', 'Liveness probe (the process answers)'), (c) =>
      c.json({ status: 'ok' as const }, 200, { 'Cache-Control': 'no-store' }),
    );
}
