/**
 * The one place that imports the `stripe` SDK. Everything else takes a `StripeClient` from here and uses the
 * SDK's own types through `Stripe.*` re-exported below, so the vendor stays behind one seam.
 *
 * With a secret key the client talks to Stripe. Without one (development, tests, `npm start`) the same SDK is
 * pointed at the bundled Stripe emulator on loopback with `host`/`port`/`protocol`, so the code path is identical.
 */
import Stripe from 'stripe';

export { Stripe };
export type StripeClient = Stripe;

/** Stripe's own default; the webhook handler refuses signatures older than this. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export interface StripeClientOptions {
  /** `sk_live_…`/`sk_test_…` for real Stripe, or any `sk_test_…` string for the emulator. */
  secretKey: string;
  /** Set when the client must talk to the emulator instead of api.stripe.com. */
  emulatorUrl?: string;
  timeoutMs?: number;
  maxNetworkRetries?: number;
}

export function createStripeClient(options: StripeClientOptions): StripeClient {
  const target = options.emulatorUrl ? new URL(options.emulatorUrl) : undefined;
  return new Stripe(options.secretKey, {
    timeout: options.timeoutMs ?? 10_000,
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    appInfo: { name: 'Askbase' },
    ...(target
      ? {
          host: target.hostname,
          port: Number(target.port),
          protocol: target.protocol === 'https:' ? ('https' as const) : ('http' as const),
        }
      : {}),
  });
}

/** Verifies `Stripe-Signature` over the raw body; throws Stripe's signature error when it does not hold. */
export function verifyWebhookEvent(rawBody: Buffer | string, signatureHeader: string, webhookSecret: string): Stripe.Event {
  return Stripe.webhooks.constructEvent(rawBody, signatureHeader, webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
}

/** Signs a payload the way Stripe does; the emulator uses it to deliver events and tests to forge bad ones. */
export function signWebhookPayload(payload: string, webhookSecret: string, timestampSeconds?: number): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret, timestamp: timestampSeconds });
}

/** The API version this SDK speaks; the emulator stamps it on the events it sends. */
export const STRIPE_API_VERSION: string = Stripe.API_VERSION;

/** Whether a thrown value is one of the SDK's errors (an API error, a network failure, a time-out). */
export function isStripeError(error: unknown): error is Stripe.errors.StripeError {
  return error instanceof Stripe.errors.StripeError;
}
