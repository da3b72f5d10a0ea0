import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DECLINED_CARD,
  getPage,
  openCheckout,
  PAYING_CARD,
  payCheckout,
  startTestStripe,
  submitForm,
  TEST_PRICE_IDS,
  type TestStripe,
} from '../../../../test/stripe';
import type { Stripe } from '../stripe-gateway';

let t: TestStripe;
beforeAll(async () => {
  t = await startTestStripe();
});
afterAll(() => t.stop());

describe('hosted checkout page', () => {
  it('shows the plan and price, and paying with 4242… redirects to success_url with the session id', async () => {
    const { session } = await openCheckout(t.stripe);
    const shown = await getPage(session.url as string);
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('Subscribe to Askbase Pro');
    expect(shown.html).toContain('$20.00');
    expect(shown.html).toContain('per month');
    expect(shown.html).not.toMatch(/<script|https?:\/\/(?!app\.test)[^"]*\.(css|js)/);
    const paid = await payCheckout(session, PAYING_CARD);
    expect(paid.status).toBe(303);
    expect(paid.location).toBe(`http://app.test/settings/billing?checkout=success&session=${session.id}`);
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).status).toBe('complete');
    // Paying twice is refused: the page says it is complete.
    expect((await payCheckout(session, PAYING_CARD)).status).toBe(400);
    expect((await getPage(session.url as string)).html).toContain('This checkout is complete');
  });

  it('declines 4000 0000 0000 0002 with a visible message and leaves the session open and unpaid', async () => {
    const { customer, session } = await openCheckout(t.stripe);
    const declined = await payCheckout(session, DECLINED_CARD);
    expect(declined.status).toBe(402);
    expect(declined.html).toContain('role="alert"');
    expect(declined.html).toContain('Your card was declined.');
    expect(await t.stripe.checkout.sessions.retrieve(session.id)).toMatchObject({
      status: 'open',
      payment_status: 'unpaid',
      subscription: null,
    });
    expect((await t.stripe.subscriptions.list({ customer: customer.id, status: 'all' })).data).toEqual([]);
    const mistyped = await payCheckout(session, '1234');
    expect(mistyped.status).toBe(400);
    expect(mistyped.html).toContain('Your card number is incorrect.');
  });

  it('links back to cancel_url, and escapes what it renders', async () => {
    const customer = await t.stripe.customers.create({ email: '<img src=x onerror=alert(1)>@example.com' });
    const session = await t.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: TEST_PRICE_IDS.year, quantity: 1 }],
      success_url: 'http://app.test/ok',
      cancel_url: 'http://app.test/billing?a=1&b="2"',
    });
    const shown = await getPage(session.url as string);
    expect(shown.html).toContain('href="http://app.test/billing?a=1&amp;b=&quot;2&quot;"');
    expect(shown.html).toContain('&lt;img src=x onerror=alert(1)&gt;@example.com');
    expect(shown.html).not.toContain('<img');
    expect(shown.html).toContain('$200.00');
  });

  it('shows a session past its 24 hours as expired, and refuses to pay it', async () => {
    const { session } = await openCheckout(t.stripe);
    t.emulator.advanceClock(24 * 60 * 60 + 1);
    expect((await getPage(session.url as string)).html).toContain('This checkout has expired');
    expect((await payCheckout(session)).status).toBe(400);
  });

  it('answers 404 for an unknown session', async () => {
    expect((await getPage(`${t.emulator.url}/checkout/cs_test_unknown`)).status).toBe(404);
  });
});

describe('hosted portal page', () => {
  async function portalFor() {
    const { customer, session } = await openCheckout(t.stripe);
    await payCheckout(session);
    const subscriptionId = String((await t.stripe.checkout.sessions.retrieve(session.id)).subscription);
    const portal = await t.stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'http://app.test/settings/billing' });
    return { customer, subscriptionId, portal, action: (path: string) => `${portal.url}/subscriptions/${subscriptionId}/${path}` };
  }

  it('shows the subscription, its card and invoices, and a link back to return_url', async () => {
    const { portal } = await portalFor();
    const shown = await getPage(portal.url);
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('Askbase Pro');
    expect(shown.html).toContain('status: <strong>active</strong>');
    expect(shown.html).toContain('Card ending 4242');
    expect(shown.html).toContain('Switch to yearly billing');
    expect(shown.html).toContain('href="http://app.test/settings/billing"');
  });

  it('cancels at period end and resumes', async () => {
    const { portal, subscriptionId, action } = await portalFor();
    const canceled = await submitForm(action('cancel'), {});
    expect(canceled).toMatchObject({ status: 303, location: `/portal/${portal.id}?done=cancel` });
    expect((await t.stripe.subscriptions.retrieve(subscriptionId)).cancel_at_period_end).toBe(true);
    expect((await getPage(portal.url)).html).toContain('Renew plan');
    await submitForm(action('resume'), {});
    expect((await t.stripe.subscriptions.retrieve(subscriptionId)).cancel_at_period_end).toBe(false);
  });

  it('switches monthly to yearly and back', async () => {
    const { subscriptionId, action } = await portalFor();
    expect((await submitForm(action('price'), { price: TEST_PRICE_IDS.year })).status).toBe(303);
    const yearly = await t.stripe.subscriptions.retrieve(subscriptionId);
    expect((yearly.items.data[0] as Stripe.SubscriptionItem).price.id).toBe(TEST_PRICE_IDS.year);
    await submitForm(action('price'), { price: TEST_PRICE_IDS.month });
    const monthly = await t.stripe.subscriptions.retrieve(subscriptionId);
    expect((monthly.items.data[0] as Stripe.SubscriptionItem).price.id).toBe(TEST_PRICE_IDS.month);
  });

  it('updates the card, and refuses a number that is not a test card', async () => {
    const { portal } = await portalFor();
    expect((await submitForm(`${portal.url}/card`, { card: '4000 0000 0000 0341' })).status).toBe(303);
    expect((await getPage(portal.url)).html).toContain('Card ending 0341');
    const bad = await submitForm(`${portal.url}/card`, { card: '1111' });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('Your card number is incorrect.');
  });

  it('does not act on a subscription of another customer', async () => {
    const mine = await portalFor();
    const theirs = await portalFor();
    const attempt = await submitForm(`${mine.portal.url}/subscriptions/${theirs.subscriptionId}/cancel`, {});
    expect(attempt.status).toBe(404);
    expect((await t.stripe.subscriptions.retrieve(theirs.subscriptionId)).cancel_at_period_end).toBe(false);
  });
});
