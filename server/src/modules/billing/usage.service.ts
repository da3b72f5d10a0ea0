import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { lockWorkspace } from '../workspace/workspace-access';
import { PlanLimitReachedError } from './billing.errors';
import { PLAN_LIMITS, PlanId } from './plans';

export interface Meter {
  used: number;
  limit: number;
}

export interface WorkspaceUsage {
  members: Meter;
  documents: Meter;
  questionsThisPeriod: Meter;
}

/** Until billing records a subscription's period, questions are counted per calendar month (UTC). */
export function currentPeriodStart(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
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

  /**
   * `em.execute` runs on `em`'s own transaction connection when it has one. `em.getConnection().execute` would not:
   * it takes a second connection from the pool while the caller's transaction holds the first, and a dozen
   * parallel requests then wait on each other until the pool times out.
   */
  async usage(workspaceId: string, em: EntityManager = this.em): Promise<WorkspaceUsage> {
    const [row] = await em.execute<Array<{ members: string; invitations: string; documents: string; questions: string }>>(
      `select (select count(*) from memberships where workspace_id = ?) as members,
              (select count(*) from invitations where workspace_id = ? and accepted_at is null and revoked_at is null and expires_at > now()) as invitations,
              (select count(*) from documents where workspace_id = ?) as documents,
              (select count(*) from messages where workspace_id = ? and role = 'ASSISTANT' and created_at >= ?) as questions`,
      [workspaceId, workspaceId, workspaceId, workspaceId, currentPeriodStart()],
    );
    const limits = PLAN_LIMITS[this.planOf(workspaceId)];
    return {
      members: { used: Number(row?.members) + Number(row?.invitations), limit: limits.members },
      documents: { used: Number(row?.documents), limit: limits.documents },
      questionsThisPeriod: { used: Number(row?.questions), limit: limits.questionsPerPeriod },
    };
  }

  /**
   * Refuses a document larger than the plan allows before anything reads it: `sizeBytes` may be an upper bound
   * (the length a base64 text decodes to at most), so a huge upload costs neither a decode nor a parse.
   */
  assertDocumentSize(workspaceId: string, sizeBytes: number): { maxBytes: number } {
    const plan = this.planOf(workspaceId);
    const maxBytes = PLAN_LIMITS[plan].documentBytes;
    if (sizeBytes > maxBytes) throw new PlanLimitReachedError('documentBytes', plan, maxBytes);
    return { maxBytes };
  }

  // Plan checks count, then the caller inserts: two transactions counting at once both saw room for the last slot
  // (6 parallel invitations made 7 members on a limit of 3). Each check first locks the workspace row.

  async assertRoomForDocument(em: EntityManager, workspaceId: string, sizeBytes: number): Promise<void> {
    const plan = this.planOf(workspaceId);
    const limits = PLAN_LIMITS[plan];
    if (sizeBytes > limits.documentBytes) throw new PlanLimitReachedError('documentBytes', plan, limits.documentBytes);
    await lockWorkspace(em, workspaceId);
    const { documents } = await this.usage(workspaceId, em);
    if (documents.used >= documents.limit) throw new PlanLimitReachedError('documents', plan, documents.limit);
  }

  /** Each answer counts once, checked (under the lock) before it is generated. */
  async assertRoomForQuestion(em: EntityManager, workspaceId: string): Promise<void> {
    await lockWorkspace(em, workspaceId);
    const { questionsThisPeriod } = await this.usage(workspaceId, em);
    if (questionsThisPeriod.used >= questionsThisPeriod.limit) {
      throw new PlanLimitReachedError('questionsPerPeriod', this.planOf(workspaceId), questionsThisPeriod.limit);
    }
  }

  /** Refuses one more member or invitation beyond the plan's limit (pending invitations count as members), under the lock. */
  async assertRoomForMember(em: EntityManager, workspaceId: string): Promise<void> {
    await lockWorkspace(em, workspaceId);
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
