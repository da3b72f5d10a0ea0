import { ForbiddenError } from '../../errors/app-error';
import { Role, roleAtLeast } from '../workspace/role';
import type { Actor } from '../workspace/workspace.policy';

/**
 * Who may do what with reports (the table in ARCHITECTURE.md), as pure functions of roles. Any member reports an
 * answer of their own (the copilot checks authorship); owners and admins read the inbox and resolve reports.
 */
export function canManageReports(actor: Actor): boolean {
  return roleAtLeast(actor.role, Role.ADMIN);
}

export function assertCanResolveReport(actor: Actor): void {
  if (!canManageReports(actor)) throw new ForbiddenError('Only owners and admins can resolve reports.');
}
