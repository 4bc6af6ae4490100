import { describe, expect, it } from 'vitest';
import { type Me, permissionsOf } from './session';

const user = (role: Me['role'], partnerId: string | null): Me => ({
  kind: 'user',
  id: `${role}-1`,
  label: role,
  role,
  partnerId,
});

describe('permissionsOf (the API’s access policy, applied before offering an action)', () => {
  it('offers nothing to someone not signed in', () => {
    const permissions = permissionsOf(null);
    expect(permissions.signedIn).toBe(false);
    expect(permissions.canWrite('cimark')).toBe(false);
    expect(permissions.canCreate).toBe(false);
  });

  it('lets a viewer read only', () => {
    const permissions = permissionsOf(user('viewer', 'cimark'));
    expect(permissions.canRead).toBe(true);
    expect(permissions.canWrite('cimark')).toBe(false);
    expect(permissions.canCreate).toBe(false);
    expect(permissions.isAdmin).toBe(false);
  });

  it('lets an editor write its own partner’s data only', () => {
    const permissions = permissionsOf(user('editor', 'cc-vallee-chamonix'));
    expect(permissions.canWrite('cc-vallee-chamonix')).toBe(true);
    expect(permissions.canWrite('cimark')).toBe(false);
    expect(permissions.canWrite(null)).toBe(false);
    expect(permissions.canCreate).toBe(true);
  });

  it('lets an admin do everything', () => {
    const permissions = permissionsOf(user('admin', null));
    expect(permissions.canWrite('cimark')).toBe(true);
    expect(permissions.canWrite(null)).toBe(true);
    expect(permissions.isAdmin).toBe(true);
  });
});
