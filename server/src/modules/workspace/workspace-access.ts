import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../errors/app-error';
import { isUuid } from '../../shared/ids';
import { Membership } from './membership.entity';
import type { Actor } from './workspace.policy';

/**
 * The viewer's membership in a workspace, found after loading a record of that workspace. A workspace the viewer
 * is not in answers NOT_FOUND, exactly like a record that does not exist: ids must not reveal anything.
 */
export async function viewerMembershipIn(em: EntityManager, userId: string, workspaceId: string, what = 'Record'): Promise<Membership> {
  const membership = isUuid(workspaceId) ? await em.findOne(Membership, { user: userId, workspace: workspaceId }) : null;
  if (!membership) throw new NotFoundError(what);
  return membership;
}

export const actorOf = (membership: Membership): Actor => ({ membershipId: membership.id, role: membership.role });

/**
 * Locks the workspace row until the transaction ends, so that use cases that check and then write workspace-wide
 * invariants (plan limits, the one owner) run one after another per workspace, each reading what the previous
 * one committed. NO KEY UPDATE: inserts that only reference the workspace (foreign keys take KEY SHARE) go on.
 */
export async function lockWorkspace(tx: EntityManager, workspaceId: string): Promise<void> {
  if (!tx.isInTransaction()) throw new Error('lockWorkspace needs the transaction that will write');
  if (isUuid(workspaceId)) await tx.execute('select id from workspaces where id = ? for no key update', [workspaceId]);
}
