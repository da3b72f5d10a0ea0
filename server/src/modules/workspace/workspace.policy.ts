import { BadUserInputError, ForbiddenError } from '../../errors/app-error';
import { Role, roleAtLeast } from './role';
import { OwnerRequiredError } from './workspace.errors';

/**
 * Who may do what to whom inside a workspace, as pure functions of roles (the table in ARCHITECTURE.md). Services
 * call these after loading the records, so a check always sees the record's real workspace and role.
 */
export interface Actor {
  membershipId: string;
  role: Role;
}

export interface Target {
  membershipId: string;
  role: Role;
}

export function assertCanManageMembers(actor: Actor): void {
  if (!roleAtLeast(actor.role, Role.ADMIN)) throw new ForbiddenError('Only owners and admins manage members.');
}

export function assertCanInvite(actor: Actor, role: Role): void {
  assertCanManageMembers(actor);
  if (role === Role.OWNER) throw BadUserInputError.field('role', 'A workspace has one owner: invite as admin, then transfer ownership.');
}

export function assertCanChangeRole(actor: Actor, target: Target, newRole: Role): void {
  assertCanManageMembers(actor);
  if (newRole === Role.OWNER) throw BadUserInputError.field('role', 'Use "transfer ownership" to make someone the owner.');
  if (target.role === Role.OWNER) throw new OwnerRequiredError("The owner's role changes only by transferring ownership.");
  if (target.role === Role.ADMIN && actor.role !== Role.OWNER && target.membershipId !== actor.membershipId) {
    throw new ForbiddenError('Only the owner can change an admin’s role.');
  }
}

export function assertCanRemove(actor: Actor, target: Target): void {
  assertCanManageMembers(actor);
  if (target.membershipId === actor.membershipId) throw BadUserInputError.field('membershipId', 'To remove yourself, leave the workspace.');
  if (target.role === Role.OWNER) throw new OwnerRequiredError('The owner cannot be removed: transfer ownership first.');
  if (target.role === Role.ADMIN && actor.role !== Role.OWNER) throw new ForbiddenError('Only the owner can remove an admin.');
}

export function assertCanLeave(member: Actor): void {
  if (member.role === Role.OWNER) throw new OwnerRequiredError('The owner cannot leave: transfer ownership to another member first.');
}

export function assertCanTransferOwnership(actor: Actor, target: Target): void {
  if (actor.role !== Role.OWNER) throw new ForbiddenError('Only the owner can transfer ownership.');
  if (target.membershipId === actor.membershipId) throw BadUserInputError.field('membershipId', 'You already own this workspace.');
}
