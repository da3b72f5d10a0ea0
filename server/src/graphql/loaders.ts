import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { User } from '../modules/account/user.entity';
import { WorkspaceBilling } from '../modules/billing/workspace-billing.entity';
import { Document } from '../modules/knowledge/document.entity';
import { Membership } from '../modules/workspace/membership.entity';
import { isUuid } from '../shared/ids';

export type Loaders = ReturnType<typeof createLoaders>;

/** Per-request batching: a list of N workspaces costs one membership query, not N. */
export function createLoaders(em: EntityManager, viewerId: string | null, onlyWorkspaceId: string | null = null) {
  return {
    /**
     * The viewer's membership in a workspace (by workspace id), or null. A workspace-restricted API token
     * (`onlyWorkspaceId`) has none outside its workspace: every rule and field that reads roles sees that.
     */
    viewerMembership: new DataLoader<string, Membership | null>(async (workspaceIds) => {
      const valid = workspaceIds.filter((id) => isUuid(id) && (!onlyWorkspaceId || id === onlyWorkspaceId));
      if (!viewerId || valid.length === 0) return workspaceIds.map(() => null);
      const memberships = await em.find(Membership, { user: viewerId, workspace: { $in: valid } });
      const byWorkspace = new Map(memberships.map((membership) => [membership.workspace.id, membership]));
      return workspaceIds.map((id) => byWorkspace.get(id) ?? null);
    }),
    /** Users by id: members, inviters, actors. Already-loaded users come from the identity map without a query. */
    user: new DataLoader<string, User>(async (ids) => {
      const users = await em.find(User, { id: { $in: [...ids] } });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? new Error(`User ${id} not found`));
    }),
    /** Documents by id, null when deleted: citations keep pointing at documents that may be gone. */
    document: new DataLoader<string, Document | null>(async (ids) => {
      const documents = await em.find(Document, { id: { $in: [...ids] } });
      const byId = new Map(documents.map((document) => [document.id, document]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Each workspace's billing mirror row (null before it has one): a list asking plan and subscription costs one query. */
    workspaceBilling: new DataLoader<string, WorkspaceBilling | null>(async (workspaceIds) => {
      const rows = await em.find(WorkspaceBilling, { workspaceId: { $in: [...workspaceIds] } });
      const byWorkspace = new Map(rows.map((row) => [row.workspaceId, row]));
      return workspaceIds.map((id) => byWorkspace.get(id) ?? null);
    }),
  };
}
