import type { Role } from '../../gql/graphql';

/** Viewers read and ask; everyone else adds documents. */
export function canAddDocuments(role: Role): boolean {
  return role !== 'VIEWER';
}

/** Owners and admins delete any document; members their own; viewers none (the server decides the same). */
export function canDeleteDocument(role: Role, viewerId: string, addedById: string | null | undefined): boolean {
  if (role === 'OWNER' || role === 'ADMIN') return true;
  return role === 'MEMBER' && addedById === viewerId;
}
