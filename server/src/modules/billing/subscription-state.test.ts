import { describe, expect, it } from 'vitest';
import type { Stripe } from '../../infra/stripe/stripe-gateway';
import { PlanId } from './plans';
import { effectivePlan, graceEndsAt, nextPastDueSince, statusOf, subscriptionState } from './subscription-state';
import { BillingInterval, SubscriptionStatus } from './workspace-billing.entity';

const prices = { [PlanId.PRO]: { [BillingInterval.MONTH]: 'price_pro_month', [BillingInterval.YEAR]: 'price_pro_year' } };
const DAY = 24 * 60 * 60 * 1000;

function subscription(overrides: Partial<Stripe.Subscription> = {}, priceId = 'price_pro_month', interval: 'month' | 'year' = 'month') {
  return {
    id: 'sub_123',
    object: 'subscription',
    customer: 'cus_123',
    status: 'active',
    cancel_at_period_end: false,
    cancel_at: null,
    items: {
      object: 'list',
      data: [
        {
          id: 'si_1',
          price: { id: priceId, recurring: { interval } },
          current_period_start: 1_764_547_200,
          current_period_end: 1_767_225_600,
        },
      ],
    },
    ...overrides,
  } as unknown as Stripe.Subscription;
}

describe('subscriptionState', () => {
  it('maps an active monthly Pro subscription with its period from the item', () => {
    expect(subscriptionState(subscription(), prices)).toEqual({
      subscriptionId: 'sub_123',
      customerId: 'cus_123',
      status: SubscriptionStatus.ACTIVE,
      plan: PlanId.PRO,
      interval: BillingInterval.MONTH,
      currentPeriodStart: new Date(1_764_547_200_000),
      currentPeriodEnd: new Date(1_767_225_600_000),
      cancelAtPeriodEnd: false,
    });
  });

  it('knows the yearly price, an expanded customer and cancel at period end', () => {
    const state = subscriptionState(
      subscription({ customer: { id: 'cus_9' } as Stripe.Customer, cancel_at_period_end: true }, 'price_pro_year', 'year'),
      prices,
    );
    expect(state).toMatchObject({ customerId: 'cus_9', plan: PlanId.PRO, interval: BillingInterval.YEAR, cancelAtPeriodEnd: true });
  });

  it('treats a cancel_at date on a live subscription as cancelling at the end', () => {
    expect(subscriptionState(subscription({ cancel_at: 1_767_225_600 }), prices).cancelAtPeriodEnd).toBe(true);
    expect(subscriptionState(subscription({ cancel_at: 1_767_225_600, status: 'canceled' }), prices).cancelAtPeriodEnd).toBe(false);
  });

  it('gives an unknown price no paid plan', () => {
    expect(subscriptionState(subscription({}, 'price_someone_elses'), prices)).toMatchObject({
      plan: PlanId.FREE,
      interval: BillingInterval.MONTH,
    });
  });

  it('maps every Stripe status, and an unknown one to INCOMPLETE (no plan until Stripe says more)', () => {
    expect(
      ['active', 'trialing', 'past_due', 'canceled', 'incomplete', 'incomplete_expired', 'unpaid', 'paused', 'something_new'].map(statusOf),
    ).toEqual([
      SubscriptionStatus.ACTIVE,
      SubscriptionStatus.TRIALING,
      SubscriptionStatus.PAST_DUE,
      SubscriptionStatus.CANCELED,
      SubscriptionStatus.INCOMPLETE,
      SubscriptionStatus.CANCELED,
      SubscriptionStatus.UNPAID,
      SubscriptionStatus.UNPAID,
      SubscriptionStatus.INCOMPLETE,
    ]);
  });
});

describe('effectivePlan', () => {
  const now = new Date('2026-12-10T12:00:00Z');
  const base = { status: SubscriptionStatus.NONE, plan: PlanId.FREE, pastDueSince: null, compPlan: null, compUntil: null };

  it('is FREE without a mirror or a subscription', () => {
    expect(effectivePlan(null, now)).toBe(PlanId.FREE);
    expect(effectivePlan(base, now)).toBe(PlanId.FREE);
  });

  it('is PRO while ACTIVE or TRIALING, FREE once CANCELED, INCOMPLETE or UNPAID', () => {
    for (const status of [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING]) {
      expect(effectivePlan({ ...base, status, plan: PlanId.PRO }, now)).toBe(PlanId.PRO);
    }
    for (const status of [SubscriptionStatus.CANCELED, SubscriptionStatus.INCOMPLETE, SubscriptionStatus.UNPAID]) {
      expect(effectivePlan({ ...base, status, plan: PlanId.PRO }, now)).toBe(PlanId.FREE);
    }
  });

  it('keeps PRO for 7 days of PAST_DUE, then FREE', () => {
    const pastDue = { ...base, status: SubscriptionStatus.PAST_DUE, plan: PlanId.PRO };
    expect(effectivePlan({ ...pastDue, pastDueSince: new Date(now.getTime() - 6.9 * DAY) }, now)).toBe(PlanId.PRO);
    expect(effectivePlan({ ...pastDue, pastDueSince: new Date(now.getTime() - 7 * DAY) }, now)).toBe(PlanId.FREE);
    expect(graceEndsAt({ status: SubscriptionStatus.PAST_DUE, pastDueSince: now })).toEqual(new Date(now.getTime() + 7 * DAY));
  });

  it('applies a comp grant until it ends, whatever the subscription says', () => {
    const comped = { ...base, status: SubscriptionStatus.CANCELED, compPlan: PlanId.PRO };
    expect(effectivePlan({ ...comped, compUntil: null }, now)).toBe(PlanId.PRO);
    expect(effectivePlan({ ...comped, compUntil: new Date(now.getTime() + DAY) }, now)).toBe(PlanId.PRO);
    expect(effectivePlan({ ...comped, compUntil: now }, now)).toBe(PlanId.FREE);
  });
});

describe('nextPastDueSince', () => {
  const now = new Date('2026-12-10T12:00:00Z');
  const earlier = new Date('2026-12-08T12:00:00Z');
  it('starts the grace when PAST_DUE begins, keeps it while it lasts and clears it after', () => {
    expect(nextPastDueSince({ status: SubscriptionStatus.ACTIVE, pastDueSince: null }, SubscriptionStatus.PAST_DUE, now)).toEqual(now);
    expect(nextPastDueSince({ status: SubscriptionStatus.PAST_DUE, pastDueSince: earlier }, SubscriptionStatus.PAST_DUE, now)).toEqual(
      earlier,
    );
    expect(nextPastDueSince({ status: SubscriptionStatus.PAST_DUE, pastDueSince: earlier }, SubscriptionStatus.ACTIVE, now)).toBeNull();
  });
});
