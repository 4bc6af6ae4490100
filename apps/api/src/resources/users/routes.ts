import { z } from '@hono/zod-openapi';
import { type AuthIssue, createUserWithPassword, listUsers, type User, updateUser } from '@mbi/db';
import { type EstablishmentIssue, PartnerIdSchema, RoleSchema, userManagementRefusal } from '@mbi/domain';
import type { AppDeps, Principal } from '../../context';
import { ApiProblem, dataProblem, message } from '../../lib/problem';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { LangQuery } from '../../lib/schemas';

const TAGS = ['Access'];
const NO_STORE = { 'Cache-Control': 'no-store' };

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string().openapi({ description: 'Lower case; the sign-in name.' }),
    name: z.string(),
    role: RoleSchema,
    partnerId: PartnerIdSchema.nullable(),
    createdAt: z.string(),
    disabledAt: z
      .string()
      .nullable()
      .openapi({ description: 'When the account was disabled (it cannot sign in); null when active.' }),
  })
  .openapi('User');

/** A user as the API shows it (and as the change feed carries it): never a password or its hash. */
export function userView(user: User): z.infer<typeof UserSchema> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    partnerId: user.partnerId as z.infer<typeof UserSchema>['partnerId'],
    createdAt: user.createdAt.toISOString(),
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}

const Email = z
  .string()
  .max(254)
  .superRefine((value, ctx) => {
    if (!z.email().safeParse(value.trim().toLowerCase()).success) {
      ctx.addIssue({
        code: 'invalid_format',
        format: 'email',
        input: value,
        message: 'Invalid email address',
      });
    }
  })
  .openapi({ format: 'email', example: 'anna@cimark.example' });

const CreateUserSchema = z
  .strictObject({
    email: Email,
    name: z.string().trim().min(1).max(200),
    role: RoleSchema,
    partnerId: PartnerIdSchema.nullable().openapi({
      description: 'The partner the user works for; null only for a project-wide admin.',
    }),
  })
  .openapi('UserRequest');

const UserPatchSchema = z
  .strictObject({
    role: RoleSchema.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    disabled: z.boolean().optional().openapi({
      description: '`true` disables the account: its sessions end at once in every API process.',
    }),
  })
  .superRefine((patch, ctx) => {
    if (Object.keys(patch).length === 0) {
      const params: EstablishmentIssue = { code: 'empty-patch' };
      ctx.addIssue({ code: 'custom', path: [], message: 'a patch must change at least one field', params });
    }
  })
  .openapi('UserPatch');

/** The refusals of the data layer's user rules, in the request's language. */
function userProblem(error: AuthIssue, where: 'body' | 'path', principal: Principal): ApiProblem {
  if (error.code === 'forbidden') {
    return new ApiProblem('forbidden', {
      detail:
        error.params?.reason === 'own-account'
          ? message('problem.detail.ownAccount')
          : message('problem.detail.otherPartnerUsers', { partner: principal.partnerId ?? '' }),
    });
  }
  if (error.code === 'not-found') {
    return new ApiProblem('not-found', {
      detail: message('problem.detail.userNotFound', { id: String(error.params?.id ?? '') }),
    });
  }
  const field =
    error.code === 'unknown-partner' ||
    (error.code === 'validation-failed' && error.params?.role !== undefined)
      ? 'partnerId'
      : error.code === 'duplicate-email'
        ? 'email'
        : '';
  return dataProblem({ ...error, field: field === '' ? undefined : field }, where);
}

/** The refusal of an admin of a partner who addresses another partner's users, said with its partner. */
function partnerRefusal(principal: Principal, partnerId: string | null): ApiProblem | null {
  const refused = userManagementRefusal(principal, partnerId);
  if (refused === null) return null;
  return new ApiProblem('forbidden', {
    detail: message('problem.detail.otherPartnerUsers', { partner: principal.partnerId ?? '' }),
  });
}

/**
 * Dashboard users, managed by admins: a project-wide admin manages every account, an admin of a partner the
 * accounts of its partner. A new user's password is generated and shown once; disabling an account ends its
 * sessions everywhere at once. Every write is audited and, for admins, in the change feed (`user`).
 */
export function createUserRoutes({ database }: Pick<AppDeps, 'database'>) {
  const { db } = database;
  const actorOf = (principal: Principal | null, requestId: string) => ({
    principal: principal as Principal,
    requestId,
  });
  return createRouter()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/',
        operationId: 'listUsers',
        access: 'admin',
        tags: TAGS,
        summary: 'List users (admin: a partner’s admin sees its partner’s users; never a password)',
        request: {
          query: LangQuery.extend({
            partner: PartnerIdSchema.optional().openapi({ description: 'Only this partner’s users.' }),
          }),
        },
        responses: {
          200: {
            description: 'Users, oldest first, disabled ones included',
            content: {
              'application/json': { schema: z.object({ items: z.array(UserSchema) }).openapi('UserList') },
            },
          },
        },
      }),
      async (c) => {
        const principal = c.get('principal') as Principal;
        const { partner } = c.req.valid('query');
        if (partner !== undefined) {
          const refused = partnerRefusal(principal, partner);
          if (refused) throw refused;
        }
        const scope = partner ?? principal.partnerId ?? undefined;
        const found = await listUsers(db, scope === undefined ? {} : { partnerId: scope });
        return c.json({ items: found.map(userView) }, 200, NO_STORE);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/',
        operationId: 'createUser',
        access: 'admin',
        tags: TAGS,
        summary: 'Create a user (admin); the generated password is in this answer only',
        request: {
          query: LangQuery,
          body: { required: true, content: { 'application/json': { schema: CreateUserSchema } } },
        },
        responses: {
          201: {
            description: 'Created; give the password to the person, who changes it after signing in',
            headers: z.object({ Location: z.string().openapi({ description: 'The user’s URL.' }) }),
            content: {
              'application/json': {
                schema: z
                  .object({
                    user: UserSchema,
                    password: z.string().openapi({ description: 'Shown once: it is never stored in clear.' }),
                  })
                  .openapi('CreatedUser'),
              },
            },
          },
          409: problemAnswer('A user with this email exists'),
        },
      }),
      async (c) => {
        const principal = c.get('principal') as Principal;
        const input = c.req.valid('json');
        const refused = partnerRefusal(principal, input.partnerId);
        if (refused) throw refused;
        const created = await createUserWithPassword(
          db,
          { ...input, email: input.email.trim() },
          actorOf(principal, c.get('requestId')),
        );
        if (!created.ok) throw userProblem(created.error, 'body', principal);
        const { user, password } = created.value;
        return c.json({ user: userView(user), password }, 201, {
          ...NO_STORE,
          Location: `/v1/users/${user.id}`,
        });
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/{id}',
        operationId: 'updateUser',
        access: 'admin',
        tags: TAGS,
        summary: 'Change a user’s role, name or state (admin); disabling ends their sessions at once',
        request: {
          params: z.object({ id: z.uuid().openapi({ description: 'The user’s id.' }) }),
          query: LangQuery,
          body: { required: true, content: { 'application/json': { schema: UserPatchSchema } } },
        },
        responses: {
          200: { description: 'Changed', content: { 'application/json': { schema: UserSchema } } },
          404: problemAnswer('No such user'),
        },
      }),
      async (c) => {
        const principal = c.get('principal') as Principal;
        const { id } = c.req.valid('param');
        const patch = c.req.valid('json');
        const updated = await updateUser(
          database,
          id,
          {
            ...(patch.role === undefined ? {} : { role: patch.role }),
            ...(patch.name === undefined ? {} : { name: patch.name }),
            ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
          },
          actorOf(principal, c.get('requestId')),
        );
        if (!updated.ok) {
          if (updated.error.code === 'validation-failed') {
            throw dataProblem({ ...updated.error, field: 'role' }, 'body');
          }
          throw userProblem(updated.error, 'path', principal);
        }
        return c.json(userView(updated.value), 200, NO_STORE);
      },
    );
}
