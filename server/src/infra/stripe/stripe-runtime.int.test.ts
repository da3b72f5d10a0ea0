import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecondInstance, startTestApp, type TestApp } from '../../../test/harness';
import { emulatorOf, TEST_PRICE_IDS } from '../../../test/stripe';
import { waitFor } from '../../../test/wait-for';
import { createLogger } from '../logging/logger';
import { startStripeRuntime } from './stripe-runtime';

describe('the app without STRIPE_SECRET_KEY', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ STRIPE_WEBHOOK_SECRET: 'whsec_configured_for_this_test' });
  });
  afterAll(() => app?.close());

  it('starts the emulator in-process, seeded with the configured prices, and gives the services an SDK client for it', async () => {
    const emulator = emulatorOf(app);
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(app.stripe.settings.prices).toEqual({ PRO: { MONTH: TEST_PRICE_IDS.month, YEAR: TEST_PRICE_IDS.year } });
    expect((await app.stripe.client.prices.retrieve(TEST_PRICE_IDS.month)).unit_amount).toBe(2000);
    expect((await app.stripe.client.prices.retrieve(TEST_PRICE_IDS.year)).unit_amount).toBe(20000);
  });

  it("delivers webhooks to the app's own /webhooks/stripe, signed with STRIPE_WEBHOOK_SECRET", async () => {
    const emulator = emulatorOf(app);
    expect(emulator.webhooks.getEndpoint()).toEqual({
      url: `http://127.0.0.1:${app.port}/webhooks/stripe`,
      secret: 'whsec_configured_for_this_test',
    });
    expect(app.stripe.settings.webhookSecret).toBe('whsec_configured_for_this_test');
    const customer = await app.stripe.client.customers.create({ email: 'wired@example.com' });
    // The app answered over HTTP (whatever the endpoint says today): the delivery reached it, not a closed port.
    const attempt = await waitFor(() => emulator.webhooks.attempts.find((candidate) => candidate.status !== undefined), {
      description: 'a delivery the app answered',
    });
    expect(emulator.events('customer.created').map((event) => event.data.object.id)).toContain(customer.id);
    expect(attempt.error).toBeUndefined();
  });

  it('shares the emulator with a second instance instead of starting another', async () => {
    const second = await startSecondInstance(app);
    try {
      expect(second.stripe.settings.emulator).toBe(app.stripe.settings.emulator);
    } finally {
      await second.stop();
    }
    // Stopping the second instance leaves the first one's emulator running.
    expect((await app.stripe.client.prices.retrieve(TEST_PRICE_IDS.month)).id).toBe(TEST_PRICE_IDS.month);
  });
});

describe('stopping the app', () => {
  it('stops its emulator too', async () => {
    const app = await startTestApp();
    const emulator = emulatorOf(app);
    // A random whsec_ for the run when none is configured.
    expect(app.stripe.settings.webhookSecret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
    await app.close();
    await expect(fetch(`${emulator.url}/_emulator/clock`)).rejects.toThrow();
  });
});

describe('startStripeRuntime', () => {
  const logger = createLogger({ logLevel: 'silent', logPretty: false });
  const catalog = { product: { name: 'Askbase Pro' }, prices: [] };
  const prices = { PRO: { MONTH: 'price_m', YEAR: 'price_y' } };

  it('uses real Stripe with a secret key and starts no emulator', async () => {
    const runtime = await startStripeRuntime(
      { secretKey: 'sk_live_abc', webhookSecret: 'whsec_live', prices, emulatorPort: 0, isProduction: true },
      { catalog, logger },
    );
    expect(runtime.settings).toEqual({ webhookSecret: 'whsec_live', prices });
    expect(runtime.client.getApiField('host')).toBe('api.stripe.com');
  });

  it('never starts the emulator in production', async () => {
    await expect(
      startStripeRuntime(
        { secretKey: undefined, webhookSecret: undefined, prices, emulatorPort: 0, isProduction: true },
        { catalog, logger },
      ),
    ).rejects.toThrow(/never runs in production/);
  });
});
