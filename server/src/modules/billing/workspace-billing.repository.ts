import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkspaceBilling } from './workspace-billing.entity';

/**
 * Creates the workspace's mirror row if it has none yet (workspaces created before billing, or racing jobs). The
 * insert is not even tried when the row exists: its foreign key check would take a KEY SHARE lock on the workspace
 * row and queue billing jobs behind the plan-limit checks that hold it.
 */
export async function ensureBillingRow(em: EntityManager, workspaceId: string): Promise<void> {
  await em.execute(
    `insert into workspace_billing (workspace_id)
     select ? where not exists (select 1 from workspace_billing where workspace_id = ?)
     on conflict (workspace_id) do nothing`,
    [workspaceId, workspaceId],
  );
}

/**
 * The workspace's mirror row, locked until the transaction ends: webhook jobs, reconcile and the operator's grant
 * apply their changes one after another per workspace, each on top of the last.
 */
export async function lockBillingRow(tx: EntityManager, workspaceId: string): Promise<WorkspaceBilling> {
  if (!tx.isInTransaction()) throw new Error('lockBillingRow needs the transaction that will write');
  await ensureBillingRow(tx, workspaceId);
  const [row] = await tx.execute<Array<{ workspace_id: string }>>(
    'select workspace_id from workspace_billing where workspace_id = ? for update',
    [workspaceId],
  );
  if (!row) throw new Error(`No billing row for workspace ${workspaceId}`);
  // Re-read after the lock: the identity map may hold what another transaction has since changed.
  return tx.findOneOrFail(WorkspaceBilling, { workspaceId }, { refresh: true });
}
