import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import type { User } from '../account/user.entity';
import { PLAN_LIMITS, PlanId } from '../billing/plans';
import { Membership } from './membership.entity';
import { Role } from './role';
import { slugify, slugWithSuffix } from './slug';
import { Workspace } from './workspace.entity';

export interface WorkspaceUsage {
  members: { used: number; limit: number };
}

export const workspaceUsageTopic = (workspaceId: string) => `workspace-usage:${workspaceId}`;

export class WorkspaceService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubSub: AppPubSub,
  ) {}

  /** The same service bound to a transaction's entity manager. */
  within(em: EntityManager): WorkspaceService {
    return new WorkspaceService(em, this.pubSub);
  }

  /**
   * Creates a workspace owned by `owner` inside the caller's transaction. The slug comes from the name; when it is
   * taken a short random suffix is added (a unique index decides races).
   */
  async createOwned(owner: User, name: string): Promise<{ workspace: Workspace; membership: Membership }> {
    const base = slugify(name);
    const taken = await this.em.count(Workspace, { slug: base });
    const slug = taken === 0 ? base : slugWithSuffix(base, randomBytes(3).toString('hex'));
    const workspace = this.em.create(Workspace, { name: name.trim(), slug });
    const membership = this.em.create(Membership, { workspace, user: owner, role: Role.OWNER });
    await this.em.persist([workspace, membership]).flush();
    return { workspace, membership };
  }

  /** The viewer's memberships with their workspaces, in one query, alphabetically for the switcher. */
  async membershipsOf(userId: string): Promise<Membership[]> {
    return this.em.find(Membership, { user: userId }, { populate: ['workspace'], orderBy: { workspace: { name: 'asc', id: 'asc' } } });
  }

  /** The viewer's membership in the workspace with this slug; null when it does not exist or is not theirs. */
  async membershipBySlug(userId: string, slug: string): Promise<Membership | null> {
    return this.em.findOne(Membership, { user: userId, workspace: { slug } }, { populate: ['workspace'] });
  }

  async usage(workspaceId: string): Promise<WorkspaceUsage> {
    const members = await this.em.count(Membership, { workspace: workspaceId });
    // Every workspace is on FREE until billing records a subscription.
    return { members: { used: members, limit: PLAN_LIMITS[PlanId.FREE].members } };
  }

  /** Current usage at once, then again each time something changes it. */
  async *usageUpdates(workspaceId: string, fork: () => EntityManager): AsyncGenerator<WorkspaceUsage> {
    const events = this.pubSub.subscribe(workspaceUsageTopic(workspaceId));
    try {
      yield await this.within(fork()).usage(workspaceId);
      for await (const _event of { [Symbol.asyncIterator]: () => events }) {
        yield await this.within(fork()).usage(workspaceId);
      }
    } finally {
      await events.return?.();
    }
  }

  notifyUsageChanged(workspaceId: string): void {
    this.pubSub.publish(workspaceUsageTopic(workspaceId), { workspaceId });
  }
}
