import { describe, expect, test } from 'vitest';
import { defaultOwner, hasRole, type Principal, ROLES, userManagementRefusal, writeRefusal } from './access';

const principal = (role: Principal['role'], partnerId: string | null): Principal => ({
  kind: 'api-key',
  id: `${role}-${partnerId ?? 'none'}`,
  label: role,
  role,
  partnerId,
});

describe('roles', () => {
  test('are ordered viewer < editor < admin, each including the ones below', () => {
    expect(ROLES).toEqual(['viewer', 'editor', 'admin']);
    const table = ROLES.map((held) => ROLES.map((required) => hasRole(held, required)));
    expect(table).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });
});

describe('the write policy', () => {
  const chamonix = principal('editor', 'cc-vallee-chamonix');

  test('an admin writes data of any partner and of none', () => {
    const admin = principal('admin', null);
    expect(writeRefusal(admin, 'cimark')).toBeNull();
    expect(writeRefusal(admin, null)).toBeNull();
  });

  test('an editor writes only its own partner’s data', () => {
    expect(writeRefusal(chamonix, 'cc-vallee-chamonix')).toBeNull();
    expect(writeRefusal(chamonix, 'cimark')).toMatchObject({
      reason: 'partner',
      partnerId: 'cc-vallee-chamonix',
      owner: 'cimark',
    });
    expect(writeRefusal(chamonix, null)).toMatchObject({
      reason: 'partner',
      partnerId: 'cc-vallee-chamonix',
      owner: null,
    });
  });

  test('a viewer writes nothing, not even its own partner’s data', () => {
    expect(writeRefusal(principal('viewer', 'cimark'), 'cimark')).toMatchObject({
      reason: 'role',
      role: 'viewer',
    });
  });

  test('an editor bound to no partner writes nothing', () => {
    expect(writeRefusal(principal('editor', null), null)).toMatchObject({
      reason: 'partner',
      partnerId: null,
    });
  });

  test('new data belongs to the editor’s partner unless an admin says otherwise', () => {
    expect(defaultOwner(chamonix)).toBe('cc-vallee-chamonix');
    expect(defaultOwner(principal('admin', 'cimark'))).toBeNull();
  });
});

describe('userManagementRefusal', () => {
  test('a project-wide admin manages every account; an admin of a partner its own partner’s only', () => {
    expect(userManagementRefusal(principal('admin', null), 'cimark')).toBeNull();
    expect(userManagementRefusal(principal('admin', null), null)).toBeNull();
    expect(userManagementRefusal(principal('admin', 'cimark'), 'cimark')).toBeNull();
    expect(userManagementRefusal(principal('admin', 'cimark'), 'cc-vallee-chamonix')).toMatchObject({
      reason: 'partner',
      partnerId: 'cimark',
      owner: 'cc-vallee-chamonix',
    });
    expect(userManagementRefusal(principal('admin', 'cimark'), null)).toMatchObject({ reason: 'partner' });
    expect(userManagementRefusal(principal('editor', 'cimark'), 'cimark')).toMatchObject({ reason: 'role' });
  });
});
