import { AppError } from '../errors/app-error';
import type { DocumentViewerCan } from '../modules/knowledge/knowledge.types';
import type { Membership } from '../modules/workspace/membership.entity';
import { Role, roleAtLeast } from '../modules/workspace/role';
import type { MembershipViewerCan, WorkspaceViewerCan } from '../modules/workspace/viewer-can.types';
import { assertCanChangeRole, assertCanLeave, assertCanRemove, assertCanTransferOwnership } from '../modules/workspace/workspace.policy';
import { actorOf } from '../modules/workspace/workspace-access';
import { permissionMap } from './permissions';
import { grantsOf } from './rules';

type Operation = `${'Query' | 'Mutation' | 'Subscription' | 'Workspace'}.${string}`;

/**
 * Whether the permission map lets a member with `role` call `operation` (on a record of their own, or on any): the
 * map's own rules answer, so `viewerCan` fields cannot drift from what the server then allows.
 */
export function mapAllows(operation: Operation, role: Role, ownRecord = false): boolean {
  const [type, field] = operation.split('.') as [string, string];
  const rule = (permissionMap as unknown as Record<string, Record<string, object>>)[type]?.[field];
  const grants = grantsOf(rule);
  if (grants.length === 0) throw new Error(`${operation} has no workspace-role rule to ask`);
  return grants.some((grant) => roleAtLeast(role, grant.minimum) && (ownRecord || !grant.ownRecordsOnly));
}

/** A record-level policy (the services' assert* functions) as a yes/no question. */
export function policyAllows(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** Workspace.viewerCan for the viewer's membership in it. */
export function workspaceViewerCan(viewer: Membership): WorkspaceViewerCan {
  const { role } = viewer;
  return {
    update: mapAllows('Mutation.updateWorkspace', role),
    delete: mapAllows('Mutation.deleteWorkspace', role),
    invite: mapAllows('Mutation.inviteMember', role),
    manageMembers: mapAllows('Mutation.changeMemberRole', role) && mapAllows('Mutation.removeMember', role),
    transferOwnership: mapAllows('Mutation.transferOwnership', role),
    leave: mapAllows('Mutation.leaveWorkspace', role) && policyAllows(() => assertCanLeave(actorOf(viewer))),
    addDocuments: mapAllows('Mutation.addDocument', role),
    readAuditLog: mapAllows('Query.auditLog', role),
    manageReports: mapAllows('Query.reports', role) && mapAllows('Mutation.resolveReport', role),
    manageBilling: mapAllows('Mutation.createCheckoutSession', role) && mapAllows('Mutation.createBillingPortalSession', role),
  };
}

/** Membership.viewerCan: the map's rule on the operation, then the policy on this member (an ADMIN, the OWNER). */
export function membershipViewerCan(viewer: Membership | null, target: Membership): MembershipViewerCan {
  if (!viewer) return { changeRole: false, remove: false, transferOwnership: false };
  const actor = actorOf(viewer);
  const member = actorOf(target);
  // Any role the member does not hold yet and that a role change may give (never OWNER).
  const anotherRole = target.role === Role.VIEWER ? Role.MEMBER : Role.VIEWER;
  return {
    changeRole: mapAllows('Mutation.changeMemberRole', viewer.role) && policyAllows(() => assertCanChangeRole(actor, member, anotherRole)),
    remove: mapAllows('Mutation.removeMember', viewer.role) && policyAllows(() => assertCanRemove(actor, member)),
    transferOwnership:
      mapAllows('Mutation.transferOwnership', viewer.role) && policyAllows(() => assertCanTransferOwnership(actor, member)),
  };
}

/** Document.viewerCan for the viewer's role in its workspace. */
export function documentViewerCan(role: Role | null, isUploader: boolean): DocumentViewerCan {
  return { delete: role !== null && mapAllows('Mutation.deleteDocument', role, isUploader) };
}
