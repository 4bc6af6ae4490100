import { createRoute, OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { type Access, authorize, type OwnerRule } from './access';
import { guardBody } from './middleware/request-body';
import { problemResponse, validationDetail } from './problem';
import { fieldErrors } from './validation';

/**
 * What every resource shares to declare its routes: its router, and `defineRoute`, which adds to each
 * operation its access rule (checked before anything is read from the request), its security requirement and
 * the problem answers every operation can give. Resources never check roles themselves.
 */

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:mbi:problem:validation-failed' }),
    code: z.string().openapi({ example: 'validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** A problem-document answer of the OpenAPI document. */
export const problemAnswer = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** A router for one resource: its validation failures become problem documents, as everywhere. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      // The validator hands the hook the value it validated, which zod's final issues no longer carry.
      const { data } = result as { data?: unknown };
      const errors = fieldErrors(result.error, result.target, data);
      return problemResponse(c, 'validation-failed', { detail: validationDetail(errors), errors });
    },
  });
}

type Definition = Omit<RouteConfig, 'security' | 'middleware' | 'operationId'> & {
  /** A stable name of the operation, from which client generators name their methods. */
  readonly operationId: string;
  readonly access: Access;
  readonly owner?: OwnerRule;
};

/**
 * An operation of a resource: `createRoute` with its access rule as middleware (before validation, so an
 * anonymous write is 401 and a viewer's 403 whatever its body), `security` (`[]` when public), the access
 * rule in `x-mbi-access`/`x-mbi-owner`, and the answers any operation may give (400, 401, 403, 429).
 *
 * @example
 * const route = defineRoute({ method: 'get', path: '/', operationId: 'listThings', access: 'viewer', … });
 */
export function defineRoute<const R extends Definition>(definition: R): DefinedRoute<R> {
  const { access, owner, responses, ...route } = definition;
  const restricted = access !== 'public';
  // Only what the operation needs: a public operation has no access check, a read no body to guard (each
  // middleware is one more step of every request).
  const middleware: MiddlewareHandler<AppEnv>[] = [];
  if (restricted) middleware.push(authorize(access, owner));
  if (WRITE_METHODS.has(route.method)) middleware.push(guardBody());
  return createRoute({
    ...route,
    security: restricted ? [{ apiKey: [] }, { session: [] }] : [],
    middleware,
    'x-mbi-access': access,
    ...(owner === undefined ? {} : { 'x-mbi-owner': owner.resource }),
    responses: {
      400: problemAnswer('Invalid request: the problem names each field at fault'),
      ...(restricted
        ? {
            401: problemAnswer('No valid API key or session'),
            403: problemAnswer(
              owner === undefined
                ? `Needs the ${access} role`
                : `Needs the ${access} role, for data of the caller’s partner`,
            ),
          }
        : {}),
      429: problemAnswer('Too many requests: wait for Retry-After seconds'),
      ...responses,
    },
  } as RouteConfig) as unknown as DefinedRoute<R>;
}

/** An operation as `app.openapi` takes it: the resource's own definition, typed as written. */
export type DefinedRoute<R extends Definition> = Omit<R, 'access' | 'owner'> & {
  middleware: MiddlewareHandler<AppEnv>[];
  security: { [name: string]: string[] }[];
};
