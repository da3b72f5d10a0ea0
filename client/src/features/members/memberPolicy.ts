import type { Role } from '../../gql/graphql';
import { canManageWorkspace } from '../workspace/roleLabel';

export interface MemberControls {
  /** Whether the role Select is shown at all: only to owners and admins, never on the owner's row. */
  showRoleSelect: boolean;
  canChangeRole: boolean;
  /** Why the Select is disabled, for its tooltip. */
  lockedReason: string | null;
  canRemove: boolean;
  /** "Make owner": the owner only, on anyone else. */
  canTransfer: boolean;
}

const NONE: MemberControls = { showRoleSelect: false, canChangeRole: false, lockedReason: null, canRemove: false, canTransfer: false };

/**
 * What the viewer may do to one member, mirroring the server's policy (workspace.policy.ts) so the screen offers
 * only what will succeed; the server still decides. Stricter in one place: a member's own row has no controls,
 * since leaving goes through the Danger zone and an admin demoting themselves would lock themselves out.
 */
export function memberControls(viewer: { role: Role; userId: string }, member: { role: Role; userId: string }): MemberControls {
  if (!canManageWorkspace(viewer.role) || member.role === 'OWNER') return NONE;
  if (member.userId === viewer.userId) {
    return { ...NONE, showRoleSelect: true, lockedReason: 'You cannot change your own role.' };
  }
  if (member.role === 'ADMIN' && viewer.role !== 'OWNER') {
    return { ...NONE, showRoleSelect: true, lockedReason: 'Only the owner can change or remove an admin.' };
  }
  return { showRoleSelect: true, canChangeRole: true, lockedReason: null, canRemove: true, canTransfer: viewer.role === 'OWNER' };
}
