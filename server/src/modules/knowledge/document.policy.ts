import { ForbiddenError } from '../../errors/app-error';
import { Role, roleAtLeast } from '../workspace/role';

/** What the policy needs of a document: who added it (null once their account is gone). */
export interface DocumentOwnership {
  addedById: string | null;
}

export const DOCUMENT_DELETE_REFUSAL = 'Only admins delete other people’s documents, and viewers delete none.';

/**
 * Who may do what with a workspace's documents (the table in ARCHITECTURE.md), as pure functions: the permission
 * rule, the service after loading and `Document.viewerCan` all ask these. Members delete the documents they added;
 * OWNER and ADMIN delete any; VIEWERs delete none.
 */
export function canDeleteDocument(actor: { role: Role; userId: string }, document: DocumentOwnership): boolean {
  if (roleAtLeast(actor.role, Role.ADMIN)) return true;
  return document.addedById === actor.userId && roleAtLeast(actor.role, Role.MEMBER);
}

export function assertCanDeleteDocument(actor: { role: Role; userId: string }, document: DocumentOwnership): void {
  if (!canDeleteDocument(actor, document)) {
    throw new ForbiddenError(DOCUMENT_DELETE_REFUSAL);
  }
}
