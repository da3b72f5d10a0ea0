import { type EntityManager, wrap } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { User } from '../modules/account/user.entity';
import { WorkspaceBilling } from '../modules/billing/workspace-billing.entity';
import { Document } from '../modules/knowledge/document.entity';
import { Report } from '../modules/reports/report.entity';
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
    /**
     * Users by id: members, inviters, actors. Users the request has loaded already (a members page populates them)
     * come from the identity map: `em.find` would read them again, one more statement per list.
     */
    user: new DataLoader<string, User>(async (ids) => {
      const byId = new Map<string, User>();
      for (const id of ids) {
        const known = em.getUnitOfWork().getById<User>(User.name, id);
        if (known && wrap(known).isInitialized()) byId.set(id, known);
      }
      const missing = ids.filter((id) => !byId.has(id));
      if (missing.length > 0) for (const user of await em.find(User, { id: { $in: missing } })) byId.set(user.id, user);
      return ids.map((id) => byId.get(id) ?? new Error(`User ${id} not found`));
    }),
    /** Documents by id, null when deleted: citations keep pointing at documents that may be gone. */
    document: new DataLoader<string, Document | null>(async (ids) => {
      const documents = await em.find(Document, { id: { $in: [...ids] } });
      const byId = new Map(documents.map((document) => [document.id, document]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /**
     * The viewer's latest report on each answer (by message id), or null. Only the viewer's own reports: the
     * messages asking come from the viewer's own conversations, already authorised. A thread of 100 answers asked
     * one query per message before; now it costs one.
     */
    viewerLatestReport: new DataLoader<string, Report | null>(async (messageIds) => {
      if (!viewerId) return messageIds.map(() => null);
      const reports = await em.find(
        Report,
        { message: { $in: [...messageIds] }, reporter: viewerId },
        { orderBy: { createdAt: 'desc', id: 'desc' } },
      );
      const latest = new Map<string, Report>();
      for (const report of reports) if (report.message && !latest.has(report.message.id)) latest.set(report.message.id, report);
      return messageIds.map((id) => latest.get(id) ?? null);
    }),
    /** Each workspace's billing mirror row (null before it has one): a list asking plan and subscription costs one query. */
    workspaceBilling: new DataLoader<string, WorkspaceBilling | null>(async (workspaceIds) => {
      const rows = await em.find(WorkspaceBilling, { workspaceId: { $in: [...workspaceIds] } });
      const byWorkspace = new Map(rows.map((row) => [row.workspaceId, row]));
      return workspaceIds.map((id) => byWorkspace.get(id) ?? null);
    }),
  };
}
