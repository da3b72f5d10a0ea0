import type { StripeConfig } from '../../config/env';
import type { Logger } from '../logging/logger';
import { newId } from './emulator/ids';
import { type EmulatorCatalog, type StripeEmulator, type StripeEmulatorOptions, startStripeEmulator } from './emulator/stripe-emulator';
import { createStripeClient, type StripeClient } from './stripe-gateway';

/** What billing code needs besides the client: the webhook secret, the configured price ids, and (offline) the emulator. */
export interface StripeSettings {
  /** Verifies `Stripe-Signature` on /webhooks/stripe. */
  webhookSecret: string;
  prices: StripeConfig['prices'];
  /** Set when the app runs on the bundled emulator (no STRIPE_SECRET_KEY): tests drive its pages and clock. */
  emulator?: StripeEmulator;
}

export interface StripeRuntime {
  client: StripeClient;
  settings: StripeSettings;
  /** Once the app listens: the emulator starts delivering webhooks to the app's own /webhooks/stripe. */
  connectWebhooks(app: { host: string; port: number }): void;
  /** First step of a shutdown: no new deliveries into an app that is draining. */
  stopWebhooks(): void;
  /** Last step: the emulator closes after the jobs that may still call it. */
  stop(): Promise<void>;
}

/**
 * Real Stripe with STRIPE_SECRET_KEY; otherwise the bundled emulator, started here in-process on loopback, with
 * the same SDK pointed at it. Production never gets here without a key (the config refuses to start).
 */
export async function startStripeRuntime(
  config: StripeConfig & { isProduction: boolean },
  options: {
    catalog: EmulatorCatalog;
    logger: Logger;
    /** Development: where the emulator keeps its state across restarts. */
    stateFile?: string;
    emulator?: Partial<StripeEmulatorOptions>;
  },
): Promise<StripeRuntime> {
  if (config.secretKey) {
    if (!config.webhookSecret) throw new Error('STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY');
    return {
      client: createStripeClient({ secretKey: config.secretKey }),
      settings: { webhookSecret: config.webhookSecret, prices: config.prices },
      connectWebhooks: () => undefined,
      stopWebhooks: () => undefined,
      stop: async () => undefined,
    };
  }
  if (config.isProduction) throw new Error('the Stripe emulator never runs in production: set STRIPE_SECRET_KEY');
  // A fresh secret per run unless one is configured: nothing outside this process needs to know it.
  const webhookSecret = config.webhookSecret ?? newId.webhookSecret();
  const emulator = await startStripeEmulator({
    port: config.emulatorPort,
    catalog: options.catalog,
    stateFile: options.stateFile,
    onStateProblem: (message) => options.logger.warn(`Stripe emulator: ${message}`),
    onDeliveryAttempt: (attempt) => {
      if (!attempt.ok) options.logger.warn({ stripeWebhook: attempt }, 'Stripe emulator: webhook delivery failed (it retries)');
    },
    ...options.emulator,
  });
  options.logger.info(
    { url: emulator.url, stateFile: options.stateFile },
    'STRIPE_SECRET_KEY is not set: billing runs on the bundled Stripe emulator',
  );
  return {
    client: emulator.client(),
    settings: { webhookSecret, prices: config.prices, emulator },
    connectWebhooks: (app) =>
      emulator.setWebhookEndpoint({ url: `http://${loopbackFor(app.host)}:${app.port}/webhooks/stripe`, secret: webhookSecret }),
    stopWebhooks: () => emulator.webhooks.stop(),
    stop: () => emulator.stop(),
  };
}

/** The address the in-process emulator reaches the app on: loopback when the app listens on all interfaces. */
function loopbackFor(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === 'localhost' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Another instance's Stripe (tests of several instances share one emulator, as instances share one Stripe account). */
export function sharedStripeRuntime(shared: { client: StripeClient; settings: StripeSettings }): StripeRuntime {
  return { ...shared, connectWebhooks: () => undefined, stopWebhooks: () => undefined, stop: async () => undefined };
}
