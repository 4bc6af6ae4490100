import { z } from 'zod';
import { PRINCIPAL_KINDS, ROLES } from './access-policy';

export type { Principal, Role, WriteRefusal } from './access-policy';
export {
  defaultOwner,
  hasRole,
  PRINCIPAL_KINDS,
  ROLES,
  userManagementRefusal,
  writeRefusal,
} from './access-policy';

/** @example RoleSchema.parse('viewer') */
export const RoleSchema = z.enum(ROLES);

/** @example PrincipalSchema.parse(await (await fetch('/v1/auth/me')).json()) */
export const PrincipalSchema = z.object({
  kind: z.enum(PRINCIPAL_KINDS),
  id: z.string(),
  label: z.string(),
  role: RoleSchema,
  partnerId: z.string().nullable(),
});
