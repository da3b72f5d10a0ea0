/** Workspace-scoped roles, strongest first. The rights of each are the table in ARCHITECTURE.md. */
export enum Role {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
  VIEWER = 'VIEWER',
}

const rank: Record<Role, number> = { [Role.OWNER]: 4, [Role.ADMIN]: 3, [Role.MEMBER]: 2, [Role.VIEWER]: 1 };

/** True when `role` grants at least what `minimum` grants. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}
