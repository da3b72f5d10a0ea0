import { ForbiddenError } from '../../errors/app-error';
import { Role, roleAtLeast } from '../workspace/role';
import type { Actor } from '../workspace/workspace.policy';

/** What the policy needs of a document: who added it (null once their account is gone). */
export interface DocumentOwnership {
  addedById: string | null;
}

/**
 * Who may do what with a workspace's documents (the table in ARCHITECTURE.md), as pure functions. Members delete
 * the documents they added; OWNER and ADMIN delete any; VIEWERs delete none.
 */
export function canDeleteDocument(actor: Actor & { userId: string }, document: DocumentOwnership): boolean {
  if (roleAtLeast(actor.role, Role.ADMIN)) return true;
  return document.addedById === actor.userId && roleAtLeast(actor.role, Role.MEMBER);
}

export function assertCanDeleteDocument(actor: Actor & { userId: string }, document: DocumentOwnership): void {
  if (!canDeleteDocument(actor, document)) {
    throw new ForbiddenError('Only admins delete other people’s documents, and viewers delete none.');
  }
}
