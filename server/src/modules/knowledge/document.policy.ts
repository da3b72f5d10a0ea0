import { Role, roleAtLeast } from '../workspace/role';

/**
 * Who may delete a document (ARCHITECTURE.md): members the ones they added, owners and admins any, viewers none. One
 * function for the permission rule, the service after loading, and `Document.viewerCan`.
 */
export function canDeleteDocument(role: Role, isUploader: boolean): boolean {
  return roleAtLeast(role, Role.ADMIN) || (roleAtLeast(role, Role.MEMBER) && isUploader);
}

export const DOCUMENT_DELETE_REFUSAL = 'Only admins delete other people’s documents, and viewers delete none.';
