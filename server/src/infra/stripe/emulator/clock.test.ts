import { afterEach, describe, expect, it } from 'vitest';
import {
  CARD_FAILING_LATER,
  DAY_SECONDS,
  openCheckout,
  payCheckout,
  startTestStripe,
  submitForm,
  type TestStripe,
} from '../../../../test/stripe';
import type { Stripe } from '../stripe-gateway';
import { addIntervals } from './clock';

let t: TestStripe | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** A paid monthly subscription; every event before the clock moves is forgotten so assertions see only the new ones. */
async function activeSubscription(interval: 'month' | 'year' = 'month') {
  t = await startTestStripe();
  const { customer, session } = await openCheckout(t.stripe, { interval });
  await payCheckout(session);
  const subscription = await t.stripe.subscriptions.retrieve(String((await t.stripe.checkout.sessions.retrieve(session.id)).subscription));
  const before = t.emulator.store.events.length;
  return { t, customer, subscription, newEvents: () => t?.emulator.store.events.slice(before) ?? [] };
}

const periodEnd = (subscription: Stripe.Subscription) => (subscription.items.data[0] as Stripe.SubscriptionItem).current_period_end;

describe('addIntervals', () => {
  it('adds calendar months from the anchor, clamping to the month’s last day without drifting', () => {
    const jan31 = Date.UTC(2027, 0, 31, 10, 0, 0) / 1000;
    expect(new Date(addIntervals(jan31, 'month', 1) * 1000).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(new Date(addIntervals(jan31, 'month', 2) * 1000).toISOString()).toBe('2027-03-31T10:00:00.000Z');
    expect(new Date(addIntervals(jan31, 'year', 1) * 1000).toISOString()).toBe('2028-01-31T10:00:00.000Z');
    const feb29 = Date.UTC(2028, 1, 29) / 1000;
    expect(new Date(addIntervals(feb29, 'year', 1) * 1000).toISOString()).toBe('2029-02-28T00:00:00.000Z');
  });
});

describe('advancing the clock', () => {
  it('renews at period end: a new paid invoice, the period moves, invoice.paid then customer.subscription.updated', async () => {
    const { t, subscription, newEvents } = await activeSubscription();
    const firstEnd = periodEnd(subscription);
    t.emulator.advanceClock(firstEnd - t.emulator.clock.now() - 60);
    expect(newEvents()).toEqual([]);
    t.emulator.advanceClock(120);
    expect(newEvents().map((event) => event.type)).toEqual(['invoice.paid', 'customer.subscription.updated']);
    const renewed = await t.stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(renewed.status).toBe('active');
    expect(renewed.items.data[0]?.current_period_start).toBe(firstEnd);
    expect(periodEnd(renewed)).toBe(addIntervals(subscription.billing_cycle_anchor, 'month', 2));
    expect(renewed.latest_invoice).toMatchObject({ status: 'paid', billing_reason: 'subscription_cycle', amount_paid: 2000 });
    expect((await t.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(2);
  });

  it('catches up several periods in one jump, one renewal each', async () => {
    const { t, subscription, newEvents } = await activeSubscription();
    t.emulator.advanceClock(95 * DAY_SECONDS);
    expect(newEvents().filter((event) => event.type === 'invoice.paid')).toHaveLength(3);
    expect((await t.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(4);
  });

  it('with a declining card: invoice.payment_failed, past_due, then retries and finally cancels', async () => {
    const { t, customer, subscription, newEvents } = await activeSubscription();
    const portal = await t.stripe.billingPortal.sessions.create({ customer: customer.id });
    expect((await submitForm(`${portal.url}/card`, { card: CARD_FAILING_LATER })).status).toBe(303);
    t.emulator.advanceClock(periodEnd(subscription) - t.emulator.clock.now());
    expect(newEvents().map((event) => event.type)).toEqual(['invoice.payment_failed', 'customer.subscription.updated']);
    const pastDue = await t.stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(pastDue.status).toBe('past_due');
    const invoice = pastDue.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({ status: 'open', attempt_count: 1, amount_paid: 0 });
    expect(invoice.next_payment_attempt).toBe(periodEnd(subscription) + 3 * DAY_SECONDS);

    // Default dunning: retries after 3, 5 and 7 more days, then the subscription ends.
    t.emulator.advanceClock(16 * DAY_SECONDS);
    const types = newEvents().map((event) => event.type);
    expect(types.filter((type) => type === 'invoice.payment_failed')).toHaveLength(4);
    expect(types.at(-1)).toBe('customer.subscription.deleted');
    const ended = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(ended).toMatchObject({ status: 'canceled', cancellation_details: { reason: 'payment_failed' } });
  });

  it('a paying card given while past_due settles the open invoice and makes the subscription active again', async () => {
    const { t, customer, subscription, newEvents } = await activeSubscription();
    const portal = await t.stripe.billingPortal.sessions.create({ customer: customer.id });
    await submitForm(`${portal.url}/card`, { card: CARD_FAILING_LATER });
    t.emulator.advanceClock(periodEnd(subscription) - t.emulator.clock.now() + DAY_SECONDS);
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).status).toBe('past_due');
    await submitForm(`${portal.url}/card`, { card: '4242424242424242' });
    expect(
      newEvents()
        .slice(-2)
        .map((event) => event.type),
    ).toEqual(['invoice.paid', 'customer.subscription.updated']);
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).status).toBe('active');
    expect((await t.stripe.invoices.list({ subscription: subscription.id, status: 'open' })).data).toEqual([]);
  });

  it('ends a subscription set to cancel at period end: status canceled, customer.subscription.deleted, no new invoice', async () => {
    const { t, subscription, newEvents } = await activeSubscription('year');
    await t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    t.emulator.advanceClock(366 * DAY_SECONDS);
    expect(newEvents().map((event) => event.type)).toEqual(['customer.subscription.updated', 'customer.subscription.deleted']);
    const ended = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(ended).toMatchObject({ status: 'canceled', ended_at: periodEnd(subscription) });
    expect((await t.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(1);
  });

  it('over HTTP: POST /_emulator/advance-clock moves time, answers the events it caused once they are delivered', async () => {
    const { t, subscription } = await activeSubscription();
    const seconds = periodEnd(subscription) - t.emulator.clock.now() + 1;
    const response = await fetch(`${t.emulator.url}/_emulator/advance-clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ seconds }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { now: number; events: Array<{ type: string }> };
    expect(body.events.map((event) => event.type)).toEqual(['invoice.paid', 'customer.subscription.updated']);
    expect(body.now).toBe(t.emulator.clock.now());
    const bad = await fetch(`${t.emulator.url}/_emulator/advance-clock`, { method: 'POST', body: '{"seconds":-5}' });
    expect(bad.status).toBe(400);
  });
});
