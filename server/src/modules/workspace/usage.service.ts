import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { PLAN_LIMITS, PlanId } from '../billing/plans';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { PlanLimitReachedError } from './workspace.errors';

export interface WorkspaceUsage {
  members: { used: number; limit: number };
}

export const workspaceUsageTopic = (workspaceId: string) => `workspace-usage:${workspaceId}`;

export class UsageService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubSub: AppPubSub,
  ) {}

  /** Every workspace is on FREE until billing records a subscription (the billing feature plugs in here). */
  planOf(_workspaceId: string): PlanId {
    return PlanId.FREE;
  }

  async usage(workspaceId: string, em: EntityManager = this.em): Promise<WorkspaceUsage> {
    const [members, pendingInvitations] = await Promise.all([
      em.count(Membership, { workspace: workspaceId }),
      em.count(Invitation, { workspace: workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } }),
    ]);
    return { members: { used: members + pendingInvitations, limit: PLAN_LIMITS[this.planOf(workspaceId)].members } };
  }

  /** Refuses one more member or invitation beyond the plan's limit (pending invitations count as members). */
  async assertRoomForMember(em: EntityManager, workspaceId: string): Promise<void> {
    const { members } = await this.usage(workspaceId, em);
    if (members.used >= members.limit) throw new PlanLimitReachedError('members', this.planOf(workspaceId), members.limit);
  }

  /** Current usage at once, then again each time something changes it. */
  async *usageUpdates(workspaceId: string, fork: () => EntityManager): AsyncGenerator<WorkspaceUsage> {
    const events = this.pubSub.subscribe(workspaceUsageTopic(workspaceId));
    try {
      yield await this.usage(workspaceId, fork());
      for await (const _event of { [Symbol.asyncIterator]: () => events }) {
        yield await this.usage(workspaceId, fork());
      }
    } finally {
      await events.return?.();
    }
  }

  notifyChanged(workspaceId: string): void {
    this.pubSub.publish(workspaceUsageTopic(workspaceId), { workspaceId });
  }
}
