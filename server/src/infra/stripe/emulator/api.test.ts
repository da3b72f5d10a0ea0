import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckout, payCheckout, startTestStripe, TEST_PRICE_IDS, type TestStripe } from '../../../../test/stripe';
import { Stripe } from '../stripe-gateway';

// The real SDK over real HTTP against the emulator: what Askbase's billing code will see.
let t: TestStripe;
beforeAll(async () => {
  t = await startTestStripe();
});
afterAll(() => t.stop());

describe('customers', () => {
  it('creates, retrieves, updates and lists by email', async () => {
    const created = await t.stripe.customers.create({ email: 'ada@example.com', name: 'Ada', metadata: { workspaceId: 'w1' } });
    expect(created).toMatchObject({
      object: 'customer',
      email: 'ada@example.com',
      name: 'Ada',
      metadata: { workspaceId: 'w1' },
      livemode: false,
    });
    expect(created.id).toMatch(/^cus_[0-9A-Za-z]{14}$/);

    const fetched = await t.stripe.customers.retrieve(created.id);
    expect(fetched).toMatchObject({ id: created.id, email: 'ada@example.com' });

    const updated = await t.stripe.customers.update(created.id, { name: 'Ada L.', metadata: { workspaceId: '', plan: 'pro' } });
    expect(updated.name).toBe('Ada L.');
    // An empty metadata value removes the key, as in Stripe.
    expect(updated.metadata).toEqual({ plan: 'pro' });

    await t.stripe.customers.create({ email: 'someone-else@example.com' });
    const byEmail = await t.stripe.customers.list({ email: 'ada@example.com' });
    expect(byEmail.object).toBe('list');
    expect(byEmail.data.map((customer) => customer.id)).toEqual([created.id]);
  });

  it('pages newest first with limit and starting_after, and auto-pagination walks every page', async () => {
    const email = `pages-${Date.now()}@example.com`;
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push((await t.stripe.customers.create({ email })).id);
    const first = await t.stripe.customers.list({ email, limit: 2 });
    expect(first.data.map((customer) => customer.id)).toEqual([ids[4], ids[3]]);
    expect(first.has_more).toBe(true);
    const second = await t.stripe.customers.list({ email, limit: 2, starting_after: ids[3] });
    expect(second.data.map((customer) => customer.id)).toEqual([ids[2], ids[1]]);
    const all: string[] = [];
    for await (const customer of t.stripe.customers.list({ email, limit: 2 })) all.push(customer.id);
    expect(all).toEqual([...ids].reverse());
  });
});

describe('catalog', () => {
  it('serves the seeded Askbase Pro product with its monthly and yearly prices', async () => {
    const month = await t.stripe.prices.retrieve(TEST_PRICE_IDS.month, { expand: ['product'] });
    expect(month).toMatchObject({
      unit_amount: 2000,
      currency: 'usd',
      type: 'recurring',
      recurring: { interval: 'month', interval_count: 1 },
    });
    expect((month.product as Stripe.Product).name).toBe('Askbase Pro');
    const year = await t.stripe.prices.retrieve(TEST_PRICE_IDS.year);
    expect(year).toMatchObject({ unit_amount: 20000, recurring: { interval: 'year' } });
    const product = await t.stripe.products.retrieve(String(month.product && (month.product as Stripe.Product).id));
    expect(product.id).toMatch(/^prod_/);
    const prices = await t.stripe.prices.list({ product: product.id });
    expect(prices.data.map((price) => price.id).sort()).toEqual([TEST_PRICE_IDS.month, TEST_PRICE_IDS.year].sort());
  });
});

describe('checkout sessions', () => {
  it('creates a subscription-mode session whose url is the hosted page, and retrieves it with the subscription expanded once paid', async () => {
    const { customer, session } = await openCheckout(t.stripe, { interval: 'year' });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'subscription',
      status: 'open',
      payment_status: 'unpaid',
      customer: customer.id,
      client_reference_id: 'workspace-1',
      metadata: { workspaceId: 'workspace-1' },
      amount_total: 20000,
      subscription: null,
    });
    expect(session.url).toBe(`${t.emulator.url}/checkout/${session.id}`);

    expect((await payCheckout(session)).status).toBe(303);
    const paid = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription', 'subscription.latest_invoice'] });
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid' });
    const subscription = paid.subscription as Stripe.Subscription;
    expect(subscription).toMatchObject({
      object: 'subscription',
      status: 'active',
      customer: customer.id,
      metadata: { workspaceId: 'workspace-1' },
    });
    expect(subscription.items.data[0]?.price.id).toBe(TEST_PRICE_IDS.year);
    expect(subscription.latest_invoice).toMatchObject({ object: 'invoice', status: 'paid', amount_paid: 20000 });
  });

  it('expires a session on request; an expired session can no longer be paid', async () => {
    const { session } = await openCheckout(t.stripe);
    const expired = await t.stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    expect((await payCheckout(session)).status).toBe(400);
    await expect(t.stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ statusCode: 400 });
  });

  it('refuses to expand a field that holds no expandable id', async () => {
    const { session } = await openCheckout(t.stripe);
    await expect(t.stripe.checkout.sessions.retrieve(session.id, { expand: ['mode'] })).rejects.toMatchObject({
      statusCode: 400,
      param: 'expand',
      message: 'This property cannot be expanded (mode).',
    });
    const withCustomer = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['customer'] });
    expect(withCustomer.customer).toMatchObject({ object: 'customer', email: 'owner@example.com' });
  });

  it('refuses a customer or price that does not exist, naming the parameter', async () => {
    const base = { mode: 'subscription' as const, success_url: 'http://app.test/ok', cancel_url: 'http://app.test/no' };
    await expect(
      t.stripe.checkout.sessions.create({ ...base, customer: 'cus_missing', line_items: [{ price: TEST_PRICE_IDS.month, quantity: 1 }] }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, code: 'resource_missing', param: 'customer' });
    const customer = await t.stripe.customers.create({});
    await expect(
      t.stripe.checkout.sessions.create({ ...base, customer: customer.id, line_items: [{ price: 'price_nope', quantity: 1 }] }),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'resource_missing',
      param: 'line_items[0][price]',
      message: "No such price: 'price_nope'",
    });
  });
});

describe('subscriptions and invoices', () => {
  async function subscribed(interval: 'month' | 'year' = 'month') {
    const { customer, session } = await openCheckout(t.stripe, { interval });
    await payCheckout(session);
    const [subscription] = (await t.stripe.subscriptions.list({ customer: customer.id })).data;
    if (!subscription) throw new Error('no subscription');
    return { customer, subscription };
  }

  it('keeps the period on the subscription item and lists the paid first invoice by customer and by subscription', async () => {
    const { customer, subscription } = await subscribed();
    expect(subscription.id).toMatch(/^sub_/);
    const item = subscription.items.data[0] as Stripe.SubscriptionItem;
    expect(item.id).toMatch(/^si_/);
    expect(item.current_period_end).toBeGreaterThan(item.current_period_start);
    const byCustomer = await t.stripe.invoices.list({ customer: customer.id });
    const bySubscription = await t.stripe.invoices.list({ subscription: subscription.id });
    expect(byCustomer.data.map((invoice) => invoice.id)).toEqual(bySubscription.data.map((invoice) => invoice.id));
    const [invoice] = byCustomer.data;
    expect(invoice).toMatchObject({ object: 'invoice', status: 'paid', amount_paid: 2000, billing_reason: 'subscription_create' });
    expect(invoice?.id).toMatch(/^in_/);
    expect(invoice?.parent?.subscription_details?.subscription).toBe(subscription.id);
    expect((await t.stripe.invoices.retrieve(invoice?.id as string)).id).toBe(invoice?.id);
  });

  it('sets and clears cancel_at_period_end, switches monthly to yearly, and updates metadata', async () => {
    const { subscription } = await subscribed();
    const canceling = await t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    expect(canceling).toMatchObject({ cancel_at_period_end: true, status: 'active' });
    expect(canceling.cancel_at).toBe(canceling.items.data[0]?.current_period_end);
    const resumed = await t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: false, metadata: { note: 'kept' } });
    expect(resumed).toMatchObject({ cancel_at_period_end: false, cancel_at: null, metadata: { workspaceId: 'workspace-1', note: 'kept' } });

    const item = subscription.items.data[0] as Stripe.SubscriptionItem;
    const yearly = await t.stripe.subscriptions.update(subscription.id, {
      items: [{ id: item.id, price: TEST_PRICE_IDS.year }],
      proration_behavior: 'none',
      expand: ['latest_invoice'],
    });
    const yearlyItem = yearly.items.data[0] as Stripe.SubscriptionItem;
    expect(yearlyItem.price.id).toBe(TEST_PRICE_IDS.year);
    expect(yearlyItem.current_period_end - yearlyItem.current_period_start).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(yearly.latest_invoice).toMatchObject({ status: 'paid', amount_paid: 20000, billing_reason: 'subscription_update' });
  });

  it('cancels at once with DELETE; a canceled subscription is left out of lists unless asked for', async () => {
    const { customer, subscription } = await subscribed();
    const canceled = await t.stripe.subscriptions.cancel(subscription.id);
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_details: { reason: 'cancellation_requested' } });
    expect(canceled.ended_at).not.toBeNull();
    expect((await t.stripe.subscriptions.list({ customer: customer.id })).data).toEqual([]);
    expect((await t.stripe.subscriptions.list({ customer: customer.id, status: 'all' })).data.map((s) => s.id)).toEqual([subscription.id]);
    await expect(t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true })).rejects.toMatchObject({ statusCode: 400 });
  });

  it('creates billing portal sessions pointing at the hosted portal', async () => {
    const { customer } = await subscribed();
    const portal = await t.stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'http://app.test/settings/billing' });
    expect(portal.id).toMatch(/^bps_/);
    expect(portal).toMatchObject({
      object: 'billing_portal.session',
      customer: customer.id,
      return_url: 'http://app.test/settings/billing',
    });
    expect(portal.url).toBe(`${t.emulator.url}/portal/${portal.id}`);
    await expect(t.stripe.billingPortal.sessions.create({ customer: 'cus_nobody' })).rejects.toMatchObject({
      code: 'resource_missing',
      param: 'customer',
    });
  });
});

describe('errors', () => {
  it('answers a missing object with 404 resource_missing as StripeInvalidRequestError', async () => {
    const error = await t.stripe.customers.retrieve('cus_doesnotexist').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      param: 'id',
      message: "No such customer: 'cus_doesnotexist'",
    });
    await expect(t.stripe.subscriptions.retrieve('sub_nope')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    await expect(t.stripe.invoices.retrieve('in_nope')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('refuses an unknown parameter the way Stripe does', async () => {
    const customers = t.stripe.customers as unknown as { create(params: Record<string, unknown>): Promise<unknown> };
    await expect(customers.create({ emial: 'typo@example.com' })).rejects.toMatchObject({
      statusCode: 400,
      code: 'parameter_unknown',
      param: 'emial',
      message: 'Received unknown parameter: emial',
    });
  });

  it('refuses a wrong or missing API key with 401 (StripeAuthenticationError)', async () => {
    const wrong = t.emulator.client({ secretKey: 'sk_test_wrong_key_123456789', maxNetworkRetries: 0 });
    const error = await wrong.customers.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error).toMatchObject({ statusCode: 401 });
    const raw = await fetch(`${t.emulator.url}/v1/customers`);
    expect(raw.status).toBe(401);
    expect(await raw.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: expect.stringContaining('did not provide an API key') },
    });
  });

  it('answers an unknown path with 404 in Stripe’s error shape', async () => {
    const response = await fetch(`${t.emulator.url}/v1/charges`, { headers: { Authorization: `Bearer ${t.emulator.secretKey}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: 'Unrecognized request URL (GET: /v1/charges).' },
    });
  });
});

describe('idempotency keys', () => {
  it('answers a repeated request with the stored response and creates nothing new', async () => {
    const email = `idem-${Date.now()}@example.com`;
    const first = await t.stripe.customers.create({ email }, { idempotencyKey: `create-${email}` });
    const again = await t.stripe.customers.create({ email }, { idempotencyKey: `create-${email}` });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await t.stripe.customers.list({ email })).data).toHaveLength(1);
    expect(t.emulator.events('customer.created').filter((event) => event.data.object.email === email)).toHaveLength(1);
  });

  it('refuses the same key with different parameters (StripeIdempotencyError)', async () => {
    await t.stripe.customers.create({ email: 'one@example.com' }, { idempotencyKey: 'key-reused' });
    const error = await t.stripe.customers
      .create({ email: 'two@example.com' }, { idempotencyKey: 'key-reused' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error).toMatchObject({ statusCode: 400, rawType: 'idempotency_error' });
  });

  it('replays an error too', async () => {
    const params = { customer: 'cus_gone', return_url: 'http://app.test' };
    await expect(t.stripe.billingPortal.sessions.create(params, { idempotencyKey: 'portal-gone' })).rejects.toMatchObject({
      statusCode: 400,
    });
    const customer = await t.stripe.customers.create({});
    // The same key still gives the stored error, not a new attempt.
    await expect(t.stripe.billingPortal.sessions.create(params, { idempotencyKey: 'portal-gone' })).rejects.toMatchObject({
      statusCode: 400,
      code: 'resource_missing',
    });
    expect(customer.id).toMatch(/^cus_/);
  });
});
