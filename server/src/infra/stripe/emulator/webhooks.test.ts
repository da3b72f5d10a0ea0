import { afterEach, describe, expect, it } from 'vitest';
import {
  openCheckout,
  payCheckout,
  startTestStripe,
  startWebhookReceiver,
  type TestStripe,
  type WebhookReceiver,
} from '../../../../test/stripe';
import { waitFor } from '../../../../test/wait-for';
import { STRIPE_API_VERSION, signWebhookPayload, verifyWebhookEvent } from '../stripe-gateway';

let t: TestStripe | undefined;
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await t?.stop();
  await receiver?.stop();
  t = undefined;
  receiver = undefined;
});

async function setUp(options: { failFirst?: number } = {}) {
  receiver = await startWebhookReceiver(options);
  t = await startTestStripe({ webhook: { url: receiver.url, secret: receiver.secret } });
  return { t, receiver };
}

describe('webhook delivery', () => {
  it('sends Stripe-shaped events, signed so that the gateway verifies them, in the order they happened', async () => {
    const { t, receiver } = await setUp();
    const { customer, session } = await openCheckout(t.stripe);
    await payCheckout(session);
    await t.emulator.webhooks.idle();
    expect(receiver.received.map(({ event }) => event.type)).toEqual([
      'customer.created',
      'customer.subscription.created',
      'invoice.paid',
      'checkout.session.completed',
    ]);
    for (const { event, signature } of receiver.received) {
      expect(event.id).toMatch(/^evt_/);
      expect(event).toMatchObject({ object: 'event', api_version: STRIPE_API_VERSION, livemode: false });
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    }
    const completed = receiver.received[3]?.event;
    expect(completed?.type === 'checkout.session.completed' && completed.data.object).toMatchObject({
      id: session.id,
      customer: customer.id,
      status: 'complete',
      client_reference_id: 'workspace-1',
    });
  });

  it('signs with the endpoint secret: another secret does not verify', async () => {
    const { t, receiver } = await setUp();
    await t.stripe.customers.create({ email: 'sig@example.com' });
    await t.emulator.webhooks.idle();
    const [event] = t.emulator.events('customer.created');
    const payload = JSON.stringify(event, null, 2);
    expect(verifyWebhookEvent(payload, signWebhookPayload(payload, receiver.secret), receiver.secret).id).toBe(event?.id);
    expect(() => verifyWebhookEvent(payload, signWebhookPayload(payload, 'whsec_other'), receiver.secret)).toThrow(
      /No signatures found matching the expected signature/,
    );
  });

  it('retries an event the endpoint refused, then delivers the next ones in order', async () => {
    const { t, receiver } = await setUp({ failFirst: 2 });
    await t.stripe.customers.create({ email: 'first@example.com' });
    await t.stripe.customers.create({ email: 'second@example.com' });
    await t.emulator.webhooks.idle();
    expect(receiver.refused).toBe(2);
    expect(receiver.received.map(({ event }) => event.type === 'customer.created' && event.data.object.email)).toEqual([
      'first@example.com',
      'second@example.com',
    ]);
    const attempts = t.emulator.webhooks.attempts.filter((attempt) => attempt.eventId === receiver?.received[0]?.event.id);
    expect(attempts.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
  });

  it('retries when the endpoint is not reachable, and delivers once it is', async () => {
    receiver = await startWebhookReceiver();
    const closed = await startWebhookReceiver();
    await closed.stop();
    t = await startTestStripe({ webhook: { url: closed.url, secret: receiver.secret }, webhookRetryDelaysMs: [50, 50, 50, 50, 50, 50] });
    await t.stripe.customers.create({ email: 'late@example.com' });
    await waitFor(() => t?.emulator.webhooks.attempts.some((attempt) => attempt.error !== undefined), { description: 'a failed attempt' });
    t.emulator.setWebhookEndpoint({ url: receiver.url, secret: receiver.secret });
    await t.emulator.webhooks.idle();
    expect(receiver.received.map(({ event }) => event.type)).toEqual(['customer.created']);
  });

  it('lets a test hold events and deliver them in the order it chooses (here: reversed)', async () => {
    const { t, receiver } = await setUp();
    t.emulator.webhooks.pause();
    const { session } = await openCheckout(t.stripe);
    await payCheckout(session);
    const subscriptionId = String((await t.stripe.checkout.sessions.retrieve(session.id)).subscription);
    await t.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    const held = t.emulator.webhooks.pending();
    expect(receiver.received).toEqual([]);
    const results = await t.emulator.deliverEvents([...held].reverse());
    expect(results.every((result) => result.ok)).toBe(true);
    expect(receiver.received.map(({ event }) => event.id)).toEqual([...held].reverse().map((event) => event.id));
    expect(receiver.received[0]?.event.type).toBe('customer.subscription.updated');
  });

  it('keeps each event a snapshot: a later change does not alter an event already emitted', async () => {
    const { t } = await setUp();
    const { session } = await openCheckout(t.stripe);
    await payCheckout(session);
    const subscriptionId = String((await t.stripe.checkout.sessions.retrieve(session.id)).subscription);
    await t.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    const [created] = t.emulator.events('customer.subscription.created');
    const [updated] = t.emulator.events('customer.subscription.updated');
    expect(created?.data.object.cancel_at_period_end).toBe(false);
    expect(updated?.data.object.cancel_at_period_end).toBe(true);
    expect(updated?.data.previous_attributes).toMatchObject({ cancel_at_period_end: false, cancel_at: null });
  });
});
