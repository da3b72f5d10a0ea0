import { describe, expect, it } from 'vitest';
import { Role } from './role';
import { assertCanChangeRole, assertCanInvite, assertCanLeave, assertCanRemove, assertCanTransferOwnership } from './workspace.policy';

const as = (role: Role, id = role as string) => ({ membershipId: id, role });
const code = (action: () => void) => {
  try {
    action();
    return 'ALLOWED';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('workspace policy', () => {
  it('lets owners and admins invite below owner, and nobody invite an owner', () => {
    expect(code(() => assertCanInvite(as(Role.OWNER), Role.ADMIN))).toBe('ALLOWED');
    expect(code(() => assertCanInvite(as(Role.ADMIN), Role.ADMIN))).toBe('ALLOWED');
    expect(code(() => assertCanInvite(as(Role.ADMIN), Role.OWNER))).toBe('BAD_USER_INPUT');
    expect(code(() => assertCanInvite(as(Role.MEMBER), Role.VIEWER))).toBe('FORBIDDEN');
    expect(code(() => assertCanInvite(as(Role.VIEWER), Role.VIEWER))).toBe('FORBIDDEN');
  });

  it('keeps the owner’s role out of reach of role changes, and admins’ roles out of reach of admins', () => {
    expect(code(() => assertCanChangeRole(as(Role.ADMIN), as(Role.MEMBER, 'm'), Role.VIEWER))).toBe('ALLOWED');
    expect(code(() => assertCanChangeRole(as(Role.ADMIN), as(Role.OWNER, 'o'), Role.ADMIN))).toBe('CONFLICT');
    expect(code(() => assertCanChangeRole(as(Role.OWNER), as(Role.OWNER), Role.ADMIN))).toBe('CONFLICT');
    expect(code(() => assertCanChangeRole(as(Role.ADMIN), as(Role.ADMIN, 'other'), Role.MEMBER))).toBe('FORBIDDEN');
    expect(code(() => assertCanChangeRole(as(Role.OWNER), as(Role.ADMIN, 'a'), Role.MEMBER))).toBe('ALLOWED');
    expect(code(() => assertCanChangeRole(as(Role.OWNER), as(Role.MEMBER, 'm'), Role.OWNER))).toBe('BAD_USER_INPUT');
    expect(code(() => assertCanChangeRole(as(Role.MEMBER), as(Role.VIEWER, 'v'), Role.MEMBER))).toBe('FORBIDDEN');
  });

  it('never removes the owner, lets only the owner remove admins, and sends self-removal to "leave"', () => {
    expect(code(() => assertCanRemove(as(Role.ADMIN), as(Role.MEMBER, 'm')))).toBe('ALLOWED');
    expect(code(() => assertCanRemove(as(Role.ADMIN), as(Role.OWNER, 'o')))).toBe('CONFLICT');
    expect(code(() => assertCanRemove(as(Role.ADMIN), as(Role.ADMIN, 'a2')))).toBe('FORBIDDEN');
    expect(code(() => assertCanRemove(as(Role.OWNER), as(Role.ADMIN, 'a')))).toBe('ALLOWED');
    expect(code(() => assertCanRemove(as(Role.ADMIN), as(Role.ADMIN)))).toBe('BAD_USER_INPUT');
    expect(code(() => assertCanRemove(as(Role.VIEWER), as(Role.MEMBER, 'm')))).toBe('FORBIDDEN');
  });

  it('lets anyone but the owner leave', () => {
    expect(code(() => assertCanLeave(as(Role.OWNER)))).toBe('CONFLICT');
    for (const role of [Role.ADMIN, Role.MEMBER, Role.VIEWER]) expect(code(() => assertCanLeave(as(role)))).toBe('ALLOWED');
  });

  it('lets only the owner transfer ownership, to someone else', () => {
    expect(code(() => assertCanTransferOwnership(as(Role.OWNER), as(Role.MEMBER, 'm')))).toBe('ALLOWED');
    expect(code(() => assertCanTransferOwnership(as(Role.OWNER), as(Role.OWNER)))).toBe('BAD_USER_INPUT');
    expect(code(() => assertCanTransferOwnership(as(Role.ADMIN), as(Role.MEMBER, 'm')))).toBe('FORBIDDEN');
  });
});
