import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { lockWorkspace } from '../workspace/workspace-access';
import { PlanLimitReachedError } from './billing.errors';
import { PLAN_LIMITS, type PlanId } from './plans';
import { type BillingSnapshot, effectivePlan } from './subscription-state';
import { SubscriptionStatus } from './workspace-billing.entity';

export interface Meter {
  used: number;
  limit: number;
}

export interface WorkspaceUsage {
  members: Meter;
  documents: Meter;
  questionsThisPeriod: Meter;
}

/** Without a subscription's billing period, questions are counted per calendar month (UTC). */
export function calendarMonthStart(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** The mirror's fields that decide the plan and the period, as one row. */
interface BillingRow extends BillingSnapshot {
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
}

/**
 * Where this period's question count starts: the Stripe billing period while a subscription runs (and its period is
 * current), else the calendar month.
 */
export function questionPeriodStart(billing: BillingRow | null, now: Date): Date {
  const subscribed =
    billing &&
    [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE].includes(billing.status) &&
    billing.currentPeriodStart &&
    billing.currentPeriodStart <= now &&
    (!billing.currentPeriodEnd || billing.currentPeriodEnd > now);
  return subscribed && billing.currentPeriodStart ? billing.currentPeriodStart : calendarMonthStart(now);
}

export const workspaceUsageTopic = (workspaceId: string) => `workspace-usage:${workspaceId}`;

/**
 * The usage read after one published change, shared by every listener of this instance: the pub/sub hands them all
 * the same message object (in process, and per Redis message), and usage is the workspace's, not the viewer's (each
 * listener's access is checked on its own). Without it, N open usage bars cost N reads per change.
 */
const usageAfterEvent = new WeakMap<object, Promise<WorkspaceUsage>>();
function usageAfter(event: unknown, read: () => Promise<WorkspaceUsage>): Promise<WorkspaceUsage> {
  if (typeof event !== 'object' || event === null) return read();
  let usage = usageAfterEvent.get(event);
  if (!usage) {
    usage = read();
    usageAfterEvent.set(event, usage);
  }
  return usage;
}

export class UsageService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubSub: AppPubSub,
    /** The time, injectable so tests can step past a grace period. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The mirror row (null for a workspace without one): the plan never needs a call to Stripe. */
  private async billingRow(workspaceId: string, em: EntityManager): Promise<BillingRow | null> {
    const [row] = await em.execute<
      Array<{
        status: SubscriptionStatus;
        plan: PlanId;
        past_due_since: Date | null;
        comp_plan: PlanId | null;
        comp_until: Date | null;
        current_period_start: Date | null;
        current_period_end: Date | null;
      }>
    >(
      `select status, plan, past_due_since, comp_plan, comp_until, current_period_start, current_period_end
         from workspace_billing where workspace_id = ?`,
      [workspaceId],
    );
    if (!row) return null;
    const date = (value: Date | string | null) => (value === null ? null : new Date(value));
    return {
      status: row.status,
      plan: row.plan,
      pastDueSince: date(row.past_due_since),
      compPlan: row.comp_plan,
      compUntil: date(row.comp_until),
      currentPeriodStart: date(row.current_period_start),
      currentPeriodEnd: date(row.current_period_end),
    };
  }

  /** The plan whose limits apply now (see effectivePlan: comp grant, subscription, grace period). */
  async planOf(workspaceId: string, em: EntityManager = this.em): Promise<PlanId> {
    return effectivePlan(await this.billingRow(workspaceId, em), this.now());
  }

  /**
   * `em.execute` runs on `em`'s own transaction connection when it has one. `em.getConnection().execute` would not:
   * it takes a second connection from the pool while the caller's transaction holds the first, and a dozen
   * parallel requests then wait on each other until the pool times out.
   */
  async usage(workspaceId: string, em: EntityManager = this.em): Promise<WorkspaceUsage> {
    return (await this.usageWithPlan(workspaceId, em)).usage;
  }

  private async usageWithPlan(workspaceId: string, em: EntityManager): Promise<{ usage: WorkspaceUsage; plan: PlanId }> {
    const now = this.now();
    const billing = await this.billingRow(workspaceId, em);
    const plan = effectivePlan(billing, now);
    const [row] = await em.execute<Array<{ members: string; invitations: string; documents: string; questions: string }>>(
      `select (select count(*) from memberships where workspace_id = ?) as members,
              (select count(*) from invitations where workspace_id = ? and accepted_at is null and revoked_at is null and expires_at > now()) as invitations,
              (select count(*) from documents where workspace_id = ?) as documents,
              (select count(*) from messages where workspace_id = ? and role = 'ASSISTANT' and created_at >= ?) as questions`,
      [workspaceId, workspaceId, workspaceId, workspaceId, questionPeriodStart(billing, now)],
    );
    const limits = PLAN_LIMITS[plan];
    return {
      plan,
      usage: {
        members: { used: Number(row?.members) + Number(row?.invitations), limit: limits.members },
        documents: { used: Number(row?.documents), limit: limits.documents },
        questionsThisPeriod: { used: Number(row?.questions), limit: limits.questionsPerPeriod },
      },
    };
  }

  /**
   * Refuses a document larger than the plan allows before anything reads it: `sizeBytes` may be an upper bound
   * (the length a base64 text decodes to at most), so a huge upload costs neither a decode nor a parse.
   */
  async assertDocumentSize(workspaceId: string, sizeBytes: number): Promise<{ maxBytes: number; plan: PlanId }> {
    const plan = await this.planOf(workspaceId);
    const maxBytes = PLAN_LIMITS[plan].documentBytes;
    if (sizeBytes > maxBytes) throw new PlanLimitReachedError('documentBytes', plan, maxBytes);
    return { maxBytes, plan };
  }

  // Plan checks count, then the caller inserts: two transactions counting at once both saw room for the last slot
  // (6 parallel invitations made 7 members on a limit of 3). Each check first locks the workspace row.

  async assertRoomForDocument(em: EntityManager, workspaceId: string, sizeBytes: number): Promise<void> {
    await lockWorkspace(em, workspaceId);
    const {
      plan,
      usage: { documents },
    } = await this.usageWithPlan(workspaceId, em);
    const maxBytes = PLAN_LIMITS[plan].documentBytes;
    if (sizeBytes > maxBytes) throw new PlanLimitReachedError('documentBytes', plan, maxBytes);
    if (documents.used >= documents.limit) throw new PlanLimitReachedError('documents', plan, documents.limit);
  }

  /** Each answer counts once, checked (under the lock) before it is generated. */
  async assertRoomForQuestion(em: EntityManager, workspaceId: string): Promise<void> {
    await lockWorkspace(em, workspaceId);
    const {
      plan,
      usage: { questionsThisPeriod },
    } = await this.usageWithPlan(workspaceId, em);
    if (questionsThisPeriod.used >= questionsThisPeriod.limit) {
      throw new PlanLimitReachedError('questionsPerPeriod', plan, questionsThisPeriod.limit);
    }
  }

  /** Refuses one more member or invitation beyond the plan's limit (pending invitations count as members), under the lock. */
  async assertRoomForMember(em: EntityManager, workspaceId: string): Promise<void> {
    await lockWorkspace(em, workspaceId);
    const {
      plan,
      usage: { members },
    } = await this.usageWithPlan(workspaceId, em);
    if (members.used >= members.limit) throw new PlanLimitReachedError('members', plan, members.limit);
  }

  /** Current usage at once, then again each time something changes it. */
  async *usageUpdates(workspaceId: string, fork: () => EntityManager): AsyncGenerator<WorkspaceUsage> {
    const events = this.pubSub.subscribe(workspaceUsageTopic(workspaceId));
    try {
      yield await this.usage(workspaceId, fork());
      for await (const event of { [Symbol.asyncIterator]: () => events }) {
        yield await usageAfter(event, () => this.usage(workspaceId, fork()));
      }
    } finally {
      await events.return?.();
    }
  }

  notifyChanged(workspaceId: string): void {
    this.pubSub.publish(workspaceUsageTopic(workspaceId), { workspaceId });
  }
}
