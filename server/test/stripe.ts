import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type StripeEmulator, type StripeEmulatorOptions, startStripeEmulator } from '../src/infra/stripe/emulator/stripe-emulator';
import { type Stripe, type StripeClient, verifyWebhookEvent } from '../src/infra/stripe/stripe-gateway';
import { askbaseEmulatorCatalog } from '../src/modules/billing/emulator-catalog';
import type { TestApp } from './harness';
import { waitFor } from './wait-for';

/** The price ids the configuration uses when STRIPE_PRICE_PRO_* are unset. */
export const TEST_PRICE_IDS = { month: 'price_askbase_pro_month', year: 'price_askbase_pro_year' } as const;

export const PAYING_CARD = '4242 4242 4242 4242';
export const DECLINED_CARD = '4000 0000 0000 0002';
/** Attaches, then declines every charge: how a renewal failure is staged from the portal. */
export const CARD_FAILING_LATER = '4000 0000 0000 0341';

export interface TestStripe {
  emulator: StripeEmulator;
  /** The real SDK against the emulator; no SDK retries, so a test sees each answer as it is. */
  stripe: StripeClient;
  stop(): Promise<void>;
}

/** A Stripe emulator of the test's own, seeded with Askbase's catalog; webhook retries wait milliseconds. */
export async function startTestStripe(options: Partial<StripeEmulatorOptions> = {}): Promise<TestStripe> {
  const emulator = await startStripeEmulator({
    catalog: askbaseEmulatorCatalog(TEST_PRICE_IDS),
    webhookRetryDelaysMs: [20, 40, 80],
    ...options,
  });
  return { emulator, stripe: emulator.client({ maxNetworkRetries: 0 }), stop: () => emulator.stop() };
}

/** A customer and an open checkout session for it, as Askbase's `createCheckoutSession` would make them. */
export async function openCheckout(
  stripe: StripeClient,
  options: { interval?: 'month' | 'year'; metadata?: Record<string, string>; email?: string } = {},
): Promise<{ customer: Stripe.Customer; session: Stripe.Checkout.Session }> {
  const customer = await stripe.customers.create({ email: options.email ?? 'owner@example.com', name: 'Acme' });
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    line_items: [{ price: TEST_PRICE_IDS[options.interval ?? 'month'], quantity: 1 }],
    success_url: 'http://app.test/settings/billing?checkout=success&session={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://app.test/settings/billing?checkout=cancel',
    client_reference_id: 'workspace-1',
    metadata: { workspaceId: 'workspace-1' },
    subscription_data: { metadata: { workspaceId: 'workspace-1' } },
  });
  return { customer, session };
}

export interface PageResult {
  status: number;
  /** Where a 303 sends the browser. */
  location: string | null;
  html: string;
}

/** Submits a hosted-page form the way a browser does (form-encoded POST, redirects not followed). */
export async function submitForm(url: string, fields: Record<string, string>): Promise<PageResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
}

export async function getPage(url: string): Promise<PageResult> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
}

/** Pays a checkout session on its hosted page with `card` (the paying test card by default). */
export function payCheckout(session: Stripe.Checkout.Session, card = PAYING_CARD): Promise<PageResult> {
  if (!session.url) throw new Error(`checkout session ${session.id} has no url`);
  return submitForm(`${session.url}/pay`, { card });
}

export interface ReceivedWebhook {
  event: Stripe.Event;
  signature: string;
}

export interface WebhookReceiver {
  url: string;
  secret: string;
  received: ReceivedWebhook[];
  /** Requests answered with an error on purpose (see `failFirst`). */
  refused: number;
  stop(): Promise<void>;
}

/**
 * A stand-in for Askbase's `/webhooks/stripe` in emulator tests: verifies each signature with the gateway (a bad
 * one is answered 400, as the app does) and answers the first `failFirst` deliveries with 500.
 */
export async function startWebhookReceiver(options: { secret?: string; failFirst?: number } = {}): Promise<WebhookReceiver> {
  const secret = options.secret ?? 'whsec_test_receiver_secret';
  let toFail = options.failFirst ?? 0;
  const receiver: Omit<WebhookReceiver, 'url' | 'stop'> = { secret, received: [], refused: 0 };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (toFail > 0) {
        toFail -= 1;
        receiver.refused += 1;
        response.writeHead(500).end();
        return;
      }
      const signature = String(request.headers['stripe-signature'] ?? '');
      try {
        const event = verifyWebhookEvent(Buffer.concat(chunks), signature, secret);
        receiver.received.push({ event, signature });
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
      } catch {
        response.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export const DAY_SECONDS = 24 * 60 * 60;

/** The Stripe emulator a test app started in-process (tests run without STRIPE_SECRET_KEY). */
export function emulatorOf(app: { stripe: { settings: { emulator?: StripeEmulator } } }): StripeEmulator {
  const emulator = app.stripe.settings.emulator;
  if (!emulator) throw new Error('this app talks to real Stripe, not to the emulator');
  return emulator;
}

/**
 * Waits until the workspace's Stripe customer exists: the job that creates it runs in the background after the
 * workspace is created. Tests that count SQL statements or lock waits start after it, so its work is not counted.
 */
export async function waitForStripeCustomer(app: TestApp, workspaceId: string): Promise<void> {
  await waitFor(
    async () =>
      (await app.sql('select 1 from workspace_billing where workspace_id = ? and stripe_customer_id is not null', [workspaceId])).length ===
      1,
    { description: "the workspace's Stripe customer" },
  );
}
