import type { Role } from '../../gql/graphql';

const LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  MEMBER: 'Member',
  VIEWER: 'Viewer',
};

// Stronger roles stand out more; the colours only repeat what the label says.
const COLORS: Record<Role, string> = {
  OWNER: 'violet',
  ADMIN: 'indigo',
  MEMBER: 'teal',
  VIEWER: 'gray',
};

/** Every role but OWNER: there is exactly one owner, and the role only moves by transferring ownership. */
export const ASSIGNABLE_ROLES = ['ADMIN', 'MEMBER', 'VIEWER'] as const satisfies readonly Role[];

export function roleLabel(role: Role): string {
  return LABELS[role];
}

export function roleColor(role: Role): string {
  return COLORS[role];
}
