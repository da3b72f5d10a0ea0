import type { Role } from '../../gql/graphql';

const LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  MEMBER: 'Member',
  VIEWER: 'Viewer',
};

export function roleLabel(role: Role): string {
  return LABELS[role];
}
