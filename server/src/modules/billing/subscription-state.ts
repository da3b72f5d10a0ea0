import type { Stripe } from '../../infra/stripe/stripe-gateway';
import { PlanId } from './plans';
import { BillingInterval, SubscriptionStatus } from './workspace-billing.entity';

/** How long a PAST_DUE subscription keeps its plan's limits while Stripe retries the payment. */
export const PAST_DUE_GRACE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Stripe price ids of each paid plan, from the environment. */
export type PlanPrices = Partial<Record<PlanId, Record<BillingInterval, string>>>;

/** What the mirror stores of one Stripe subscription. */
export interface SubscriptionState {
  subscriptionId: string;
  customerId: string;
  status: SubscriptionStatus;
  plan: PlanId;
  interval: BillingInterval | null;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
}

const STATUSES: Record<string, SubscriptionStatus> = {
  active: SubscriptionStatus.ACTIVE,
  trialing: SubscriptionStatus.TRIALING,
  past_due: SubscriptionStatus.PAST_DUE,
  canceled: SubscriptionStatus.CANCELED,
  // An abandoned first payment: the subscription never started.
  incomplete_expired: SubscriptionStatus.CANCELED,
  incomplete: SubscriptionStatus.INCOMPLETE,
  unpaid: SubscriptionStatus.UNPAID,
  // A trial that ended without a payment method: nothing is paid for.
  paused: SubscriptionStatus.UNPAID,
};

export function statusOf(stripeStatus: string): SubscriptionStatus {
  return STATUSES[stripeStatus] ?? SubscriptionStatus.INCOMPLETE;
}

const toDate = (seconds: number | null | undefined): Date | null => (typeof seconds === 'number' ? new Date(seconds * 1000) : null);

/** The plan and interval a price id stands for; an unknown price is FREE (nothing we sell). */
export function planOfPrice(priceId: string | undefined, prices: PlanPrices): { plan: PlanId; interval: BillingInterval | null } {
  for (const [plan, byInterval] of Object.entries(prices) as Array<[PlanId, Record<BillingInterval, string>]>) {
    for (const interval of [BillingInterval.MONTH, BillingInterval.YEAR]) {
      if (byInterval[interval] === priceId) return { plan, interval };
    }
  }
  return { plan: PlanId.FREE, interval: null };
}

const idOf = (value: string | { id: string } | null): string => (typeof value === 'string' ? value : (value?.id ?? ''));

/**
 * Pure: a Stripe subscription as the mirror stores it. Since API version 2025-03-31 the period lives on the
 * subscription's items; the first item is the plan's (Askbase sells one price per subscription).
 */
export function subscriptionState(subscription: Stripe.Subscription, prices: PlanPrices): SubscriptionState {
  const item = subscription.items.data[0];
  const price = item?.price;
  const known = planOfPrice(price?.id, prices);
  const recurring = price?.recurring?.interval;
  const interval = known.interval ?? (recurring === 'year' ? BillingInterval.YEAR : recurring === 'month' ? BillingInterval.MONTH : null);
  return {
    subscriptionId: subscription.id,
    customerId: idOf(subscription.customer),
    status: statusOf(subscription.status),
    plan: known.plan,
    interval,
    currentPeriodStart: toDate(item?.current_period_start),
    currentPeriodEnd: toDate(item?.current_period_end),
    // `cancel_at` set by the portal ("cancel at the end of the period" in newer flows) means the same to the user.
    cancelAtPeriodEnd: subscription.cancel_at_period_end || (subscription.cancel_at !== null && subscription.status !== 'canceled'),
  };
}

/** The mirror fields the effective plan depends on. */
export interface BillingSnapshot {
  status: SubscriptionStatus;
  plan: PlanId;
  pastDueSince: Date | null;
  compPlan: PlanId | null;
  compUntil: Date | null;
}

/** When a PAST_DUE subscription's grace ends (null when it is not PAST_DUE). */
export function graceEndsAt(billing: Pick<BillingSnapshot, 'status' | 'pastDueSince'>): Date | null {
  if (billing.status !== SubscriptionStatus.PAST_DUE || !billing.pastDueSince) return null;
  return new Date(billing.pastDueSince.getTime() + PAST_DUE_GRACE_DAYS * DAY_MS);
}

/** Whether an operator's comp grant is in force now. */
export function compInForce(billing: Pick<BillingSnapshot, 'compPlan' | 'compUntil'>, now: Date): boolean {
  return billing.compPlan !== null && (billing.compUntil === null || billing.compUntil > now);
}

/**
 * Pure: the plan whose limits apply now. A comp grant in force wins; a paying (or trialing) subscription gives its
 * plan; PAST_DUE keeps it for the grace period, then FREE limits apply; anything else is FREE.
 */
export function effectivePlan(billing: BillingSnapshot | null, now: Date): PlanId {
  if (!billing) return PlanId.FREE;
  const paid = billing.plan === PlanId.FREE ? PlanId.PRO : billing.plan;
  const comp = compInForce(billing, now) ? billing.compPlan : null;
  let subscribed: PlanId | null = null;
  if (billing.status === SubscriptionStatus.ACTIVE || billing.status === SubscriptionStatus.TRIALING) subscribed = paid;
  if (billing.status === SubscriptionStatus.PAST_DUE) {
    const ends = graceEndsAt(billing);
    // PAST_DUE without a recorded start counts as starting now (the next write records it).
    if (!ends || ends > now) subscribed = paid;
  }
  if (comp === PlanId.PRO || subscribed === PlanId.PRO) return PlanId.PRO;
  return comp ?? subscribed ?? PlanId.FREE;
}

/** When PAST_DUE began: kept while it stays PAST_DUE, set when it turns PAST_DUE, cleared otherwise. */
export function nextPastDueSince(
  previous: { status: SubscriptionStatus; pastDueSince: Date | null },
  next: SubscriptionStatus,
  now: Date,
): Date | null {
  if (next !== SubscriptionStatus.PAST_DUE) return null;
  return previous.status === SubscriptionStatus.PAST_DUE && previous.pastDueSince ? previous.pastDueSince : now;
}
