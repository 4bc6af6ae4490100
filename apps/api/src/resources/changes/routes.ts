import { z } from '@hono/zod-openapi';
import { CHANGES_MAX_LIMIT, ESTABLISHMENT_RESOURCE, listChanges } from '@mbi/db';
import { hasRole, type Role } from '@mbi/domain';
import type { AppDeps } from '../../context';
import { ApiProblem, dataProblem, message, validationDetail } from '../../lib/problem';
import { createRouter, defineRoute } from '../../lib/router';
import { LangQuery } from '../../lib/schemas';

/** Which role may read the changes of each resource: the same as may read the resource itself. */
export const CHANGE_READERS: Readonly<Record<string, Role>> = {
  [ESTABLISHMENT_RESOURCE]: 'viewer',
  'api-key': 'admin',
  user: 'admin',
};

/** The resources whose changes the feed lists. */
const CHANGE_RESOURCES = Object.keys(CHANGE_READERS) as [string, ...string[]];

/** Seconds a poller should wait after an empty page. */
export const POLL_SECONDS = 5;

const ChangeSchema = z
  .object({
    resource: z.string().openapi({
      example: 'establishment',
      description: 'The kind of resource: `establishment`, `api-key` or `user` today; more may come.',
    }),
    id: z.string(),
    operation: z
      .string()
      .openapi({ description: '`create`, `update`, `delete`, or a resource’s own verb (`revoke`).' }),
    version: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The resource’s version after the change, when it has one.' }),
    at: z.string().openapi({ description: 'When the writing transaction started (ISO 8601, UTC).' }),
    representation: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: 'The resource after the change, as GET returns it; null after a delete.' }),
  })
  .openapi('Change');

const ChangePageSchema = z
  .object({
    items: z.array(ChangeSchema),
    nextCursor: z.string().openapi({ description: 'Send it as `since` in the next poll.' }),
    hasMore: z.boolean().openapi({ description: 'More changes are already there: poll again at once.' }),
  })
  .openapi('ChangePage');

/**
 * `GET /v1/changes`: every create, update and delete of the resources the caller may read, in commit
 * order, from the audit log. A partner's system keeps a copy in sync by polling with the last `nextCursor`.
 */
export function createChangeRoutes({ database }: Pick<AppDeps, 'database'>) {
  return createRouter().openapi(
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'listChanges',
      access: 'viewer',
      tags: ['Changes'],
      summary: 'Changes after a cursor, in commit order (poll with `since` = the last `nextCursor`)',
      request: {
        query: LangQuery.extend({
          since: z.string().max(256).optional().openapi({
            description:
              'A `nextCursor` from an earlier page; absent for the whole history; `latest` for changes from now on.',
          }),
          limit: z.coerce.number().int().min(1).max(CHANGES_MAX_LIMIT).default(100),
          resource: z.enum(CHANGE_RESOURCES).optional().openapi({
            description:
              'Only this resource: `establishment` (any role), `api-key` or `user` (admin). Absent: every resource the caller may read.',
          }),
        }),
      },
      responses: {
        200: {
          description: 'A page of changes (with `Retry-After` when there is nothing new)',
          headers: z.object({
            'Retry-After': z
              .string()
              .optional()
              .openapi({
                description: `Seconds to wait before the next poll (${POLL_SECONDS}), sent when the page is empty and nothing more is there.`,
                example: String(POLL_SECONDS),
              }),
          }),
          content: { 'application/json': { schema: ChangePageSchema } },
        },
      },
    }),
    async (c) => {
      const principal = c.get('principal');
      if (principal === null) {
        throw new ApiProblem('unauthorized', { detail: message('problem.detail.credentialsRequired') });
      }
      const { since, limit, resource } = c.req.valid('query');
      const readable = Object.entries(CHANGE_READERS)
        .filter(([, role]) => hasRole(principal.role, role))
        .map(([name]) => name);
      if (resource !== undefined && !readable.includes(resource)) {
        // zod's own issue, so that its message is zod's in the request's language; the code stays the API's.
        const refused = z.enum(readable as [string, ...string[]]).safeParse(resource);
        const errors = (refused.error?.issues ?? []).map((issue) => ({
          field: 'query.resource',
          code: 'invalid-enum',
          message: { issue },
        }));
        throw new ApiProblem('validation-failed', { detail: validationDetail(errors), errors });
      }
      const page = await listChanges(database.db, {
        cursor: since ?? null,
        limit,
        resources: resource === undefined ? readable : [resource],
        // An admin of a partner manages that partner's user accounts only, and reads only theirs here.
        partnerScope:
          principal.partnerId === null ? undefined : { resources: ['user'], partnerId: principal.partnerId },
      });
      if (!page.ok)
        throw dataProblem(
          { ...page.error, field: page.error.field === 'cursor' ? 'since' : page.error.field },
          'query',
        );
      const { items, nextCursor, hasMore } = page.value;
      return c.json(
        {
          items: items.map(({ seq: _seq, ...change }) => ({
            ...change,
            representation: change.representation as Record<string, unknown> | null,
          })),
          nextCursor,
          hasMore,
        },
        200,
        {
          'Cache-Control': 'no-store',
          ...(items.length === 0 && !hasMore ? { 'Retry-After': String(POLL_SECONDS) } : {}),
        },
      );
    },
  );
}
