import { describe, expect, it } from 'vitest';
import { Role } from '../workspace/role';
import { assertCanDeleteDocument, canDeleteDocument } from './document.policy';

const actor = (role: Role) => ({ membershipId: 'm-1', userId: 'u-1', role });
const own = { addedById: 'u-1' };
const others = { addedById: 'u-2' };
const orphan = { addedById: null };

describe('document policy', () => {
  it('lets owners and admins delete any document', () => {
    for (const role of [Role.OWNER, Role.ADMIN]) {
      expect([own, others, orphan].map((document) => canDeleteDocument(actor(role), document))).toEqual([true, true, true]);
    }
  });

  it('lets a member delete only the documents they added', () => {
    expect([own, others, orphan].map((document) => canDeleteDocument(actor(Role.MEMBER), document))).toEqual([true, false, false]);
  });

  it('lets a viewer delete none, not even one they added before being made a viewer', () => {
    expect([own, others, orphan].map((document) => canDeleteDocument(actor(Role.VIEWER), document))).toEqual([false, false, false]);
    expect(() => assertCanDeleteDocument(actor(Role.VIEWER), own)).toThrow(/viewers delete none/);
  });
});
