import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createTeam } from '../../../test/team';
import { waitFor } from '../../../test/wait-for';
import { createStripeClient, signWebhookPayload } from '../../infra/stripe/stripe-gateway';

/**
 * POST /webhooks/stripe over real HTTP with real Stripe signatures. The events here need no call to Stripe (invoices
 * without a subscription, unknown types); subscription events, which re-fetch from Stripe, are tested against the
 * emulator.
 */
const SECRET = `whsec_${randomBytes(16).toString('hex')}`;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(
    {},
    {
      stripe: {
        // Nothing listens there: a handler that called Stripe would fail, and these events must not need to.
        client: createStripeClient({ secretKey: 'sk_test_webhooks', emulatorUrl: 'http://127.0.0.1:9', maxNetworkRetries: 0 }),
        settings: { webhookSecret: SECRET, prices: { PRO: { MONTH: 'price_m', YEAR: 'price_y' } } },
      },
    },
  );
});
afterAll(async () => {
  await app?.close();
});

const eventId = () => `evt_${randomBytes(12).toString('hex')}`;

function event(type: string, object: Record<string, unknown>, id = eventId()) {
  return {
    id,
    object: 'event',
    type,
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
  };
}

async function deliver(payload: string, signature?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (signature !== undefined) headers['stripe-signature'] = signature;
  const response = await fetch(`${app.url}/webhooks/stripe`, { method: 'POST', headers, body: payload });
  return { status: response.status, text: await response.text() };
}

const signed = (payload: string, timestamp?: number) => signWebhookPayload(payload, SECRET, timestamp);

function invoice(customer: string, overrides: Record<string, unknown> = {}) {
  return {
    id: `in_${randomBytes(8).toString('hex')}`,
    object: 'invoice',
    customer,
    amount_due: 2000,
    amount_paid: 2000,
    currency: 'usd',
    status: 'paid',
    hosted_invoice_url: 'https://invoice.stripe.test/i/1',
    created: Math.floor(Date.now() / 1000),
    parent: null,
    metadata: {},
    ...overrides,
  };
}

/** A workspace whose mirror knows its Stripe customer, as the customer job leaves it. */
async function workspaceWithCustomer() {
  const team = await createTeam(app);
  const customer = `cus_${randomBytes(8).toString('hex')}`;
  await app.sql('insert into workspace_billing (workspace_id, stripe_customer_id) values (?, ?)', [team.own.workspace.id, customer]);
  return { team, workspaceId: team.own.workspace.id, customer };
}

describe('POST /webhooks/stripe: signatures', () => {
  it('accepts a valid signature and records the event', async () => {
    const body = JSON.stringify(event('customer.created', { id: 'cus_x', object: 'customer' }));
    const response = await deliver(body, signed(body));
    expect(response.status).toBe(200);
    const id = JSON.parse(body).id as string;
    expect(await app.sql('select type from stripe_events where id = ?', [id])).toEqual([{ type: 'customer.created' }]);
  });

  it('refuses a missing, a wrong and a stale signature with 400 and a plain message, recording nothing', async () => {
    const body = JSON.stringify(event('invoice.paid', invoice('cus_nobody')));
    const id = JSON.parse(body).id as string;
    const missing = await deliver(body);
    expect(missing).toEqual({ status: 400, text: 'Missing Stripe-Signature header.' });
    const wrongSecret = await deliver(body, signWebhookPayload(body, 'whsec_not_ours'));
    expect(wrongSecret).toEqual({ status: 400, text: 'Invalid or expired Stripe signature.' });
    const tampered = await deliver(body.replace('"amount_paid":2000', '"amount_paid":1'), signed(body));
    expect(tampered.status).toBe(400);
    const stale = await deliver(body, signed(body, Math.floor(Date.now() / 1000) - 301));
    expect(stale).toEqual({ status: 400, text: 'Invalid or expired Stripe signature.' });
    expect(await app.sql('select id from stripe_events where id = ?', [id])).toEqual([]);
    // Inside the 300 s tolerance it is fine.
    expect((await deliver(body, signed(body, Math.floor(Date.now() / 1000) - 200))).status).toBe(200);
  });
});

describe('POST /webhooks/stripe: processing', () => {
  it('has one effect for the same event delivered 10 times', async () => {
    const { workspaceId, customer } = await workspaceWithCustomer();
    const paid = invoice(customer);
    const body = JSON.stringify(event('invoice.paid', paid));
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(body, signed(body))));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(responses.filter((r) => JSON.parse(r.text).duplicate === false)).toHaveLength(1);
    await waitFor(
      async () =>
        (await app.sql<{ processed_at: Date | null }>('select processed_at from stripe_events where id = ?', [JSON.parse(body).id]))[0]
          ?.processed_at,
      { description: 'the event processed' },
    );
    expect(await app.sql('select id, amount_paid, currency, status from billing_invoices where workspace_id = ?', [workspaceId])).toEqual([
      { id: paid.id, amount_paid: 2000, currency: 'usd', status: 'paid' },
    ]);
    expect(
      await app.sql("select action from audit_events where workspace_id = ? and action::text like 'billing.%'", [workspaceId]),
    ).toEqual([{ action: 'billing.invoice_paid' }]);
  });

  it('shows the owner the invoice with its amount, and no one else', async () => {
    const { team, customer } = await workspaceWithCustomer();
    const paid = invoice(customer, { amount_paid: 20000, amount_due: 20000 });
    const body = JSON.stringify(event('invoice.paid', paid));
    expect((await deliver(body, signed(body))).status).toBe(200);
    const query = 'query($slug: String!) { workspace(slug: $slug) { subscription { plan status invoices { id amountPaid currency } } } }';
    const owner = await waitFor(
      async () => {
        const data = await team.client('OWNER').ok<{ workspace: { subscription: { invoices: Array<{ id: string }> } } }>(query, {
          slug: team.own.workspace.slug,
        });
        return data.workspace.subscription.invoices.length > 0 && data;
      },
      { description: 'the invoice on the billing page' },
    );
    expect(owner.workspace.subscription).toEqual({
      plan: 'FREE',
      status: 'NONE',
      invoices: [{ id: paid.id, amountPaid: 20000, currency: 'usd' }],
    });
    for (const caller of ['ADMIN', 'MEMBER', 'VIEWER'] as const) {
      const result = await team.client(caller).request(query, { slug: team.own.workspace.slug });
      expect(result.errors?.[0]?.extensions?.code, caller).toBe('FORBIDDEN');
      const plain = await team
        .client(caller)
        .ok<{ workspace: { subscription: { plan: string } } }>(
          'query($slug: String!) { workspace(slug: $slug) { subscription { plan status } } }',
          {
            slug: team.own.workspace.slug,
          },
        );
      expect(plain.workspace.subscription.plan).toBe('FREE');
    }
  });

  it('acknowledges an unknown event type, records it and does nothing else', async () => {
    const body = JSON.stringify(event('payout.paid', { id: 'po_1', object: 'payout' }));
    expect((await deliver(body, signed(body))).status).toBe(200);
    const [row] = await waitFor(
      async () => {
        const rows = await app.sql<{ outcome: string | null }>('select outcome from stripe_events where id = ?', [JSON.parse(body).id]);
        return rows[0]?.outcome ? rows : null;
      },
      { description: 'the event processed' },
    );
    expect(row?.outcome).toBe('ignored: unhandled event type');
  });

  it('acknowledges an event for a customer it does not know as a no-op', async () => {
    const body = JSON.stringify(event('invoice.payment_failed', invoice('cus_unknown_to_us', { status: 'open', amount_paid: 0 })));
    expect((await deliver(body, signed(body))).status).toBe(200);
    const [row] = await waitFor(
      async () => {
        const rows = await app.sql<{ outcome: string | null }>('select outcome from stripe_events where id = ?', [JSON.parse(body).id]);
        return rows[0]?.outcome ? rows : null;
      },
      { description: 'the event processed' },
    );
    expect(row?.outcome).toBe('ignored: no workspace for this invoice');
  });
});
