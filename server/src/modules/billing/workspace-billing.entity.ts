import { Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { PlanId } from './plans';

/** The mirror's view of a Stripe subscription; NONE until the workspace has one. */
export enum SubscriptionStatus {
  NONE = 'NONE',
  TRIALING = 'TRIALING',
  ACTIVE = 'ACTIVE',
  PAST_DUE = 'PAST_DUE',
  CANCELED = 'CANCELED',
  INCOMPLETE = 'INCOMPLETE',
  UNPAID = 'UNPAID',
}

export enum BillingInterval {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/**
 * A local mirror of one workspace's Stripe customer and subscription, written only by webhook and reconcile jobs
 * (and the operator's comp grant), so that requests read the plan from here and never call Stripe synchronously.
 * One row per workspace, created with it; deleted with it by cascade.
 */
@Entity({ tableName: 'workspace_billing' })
@Index({ properties: ['status', 'currentPeriodEnd'] })
export class WorkspaceBilling {
  /** The workspace's id (foreign key, cascade): one mirror per workspace. */
  @PrimaryKey({ type: 'uuid' })
  workspaceId!: string;

  @Property({ length: 255, nullable: true, unique: true })
  stripeCustomerId: string | null = null;

  @Property({ length: 255, nullable: true, unique: true })
  stripeSubscriptionId: string | null = null;

  @Enum({ items: () => SubscriptionStatus, nativeEnumName: 'subscription_status' })
  status: SubscriptionStatus & Opt = SubscriptionStatus.NONE;

  /** The plan the subscription pays for (FREE while there is none). */
  @Enum({ items: () => PlanId, nativeEnumName: 'plan_id' })
  plan: PlanId & Opt = PlanId.FREE;

  @Enum({ items: () => BillingInterval, nativeEnumName: 'billing_interval', nullable: true })
  interval: BillingInterval | null = null;

  @Property({ type: 'datetime', nullable: true })
  currentPeriodStart: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  currentPeriodEnd: Date | null = null;

  @Property({ type: 'boolean' })
  cancelAtPeriodEnd: boolean & Opt = false;

  /** When the subscription first turned PAST_DUE in this stretch: the 7-day grace counts from here. */
  @Property({ type: 'datetime', nullable: true })
  pastDueSince: Date | null = null;

  /**
   * When Stripe's state applied here was observed (the retrieve's time, or the event's `created`): a state observed
   * earlier than this is never applied, so a late or replayed event cannot roll the mirror back.
   */
  @Property({ type: 'datetime', nullable: true })
  stateObservedAt: Date | null = null;

  /** A plan granted by an operator without Stripe (a comped account), until `compUntil` (null: no end). */
  @Enum({ items: () => PlanId, nativeEnumName: 'plan_id', nullable: true })
  compPlan: PlanId | null = null;

  @Property({ type: 'datetime', nullable: true })
  compUntil: Date | null = null;

  /** Who granted it and why (free text from the operator command). */
  @Property({ length: 500, nullable: true })
  compNote: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}
