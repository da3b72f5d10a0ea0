import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { DAY_SECONDS, openCheckout, payCheckout, startTestStripe, TEST_PRICE_IDS } from '../../../../test/stripe';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function stateFile(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'stripe-emulator-'));
  folders.push(folder);
  return path.join(folder, 'nested', 'stripe-emulator.json');
}

it('keeps customers, subscriptions, invoices, cards and the clock across a restart', async () => {
  const file = stateFile();
  const first = await startTestStripe({ stateFile: file });
  const { customer, session } = await openCheckout(first.stripe);
  await payCheckout(session);
  const subscriptionId = String((await first.stripe.checkout.sessions.retrieve(session.id)).subscription);
  first.emulator.advanceClock(40 * DAY_SECONDS);
  const clockBefore = first.emulator.clock.now();
  await first.stop();

  const second = await startTestStripe({ stateFile: file });
  try {
    expect((await second.stripe.customers.retrieve(customer.id)).id).toBe(customer.id);
    const subscription = await second.stripe.subscriptions.retrieve(subscriptionId);
    expect(subscription.status).toBe('active');
    expect((await second.stripe.invoices.list({ subscription: subscriptionId })).data).toHaveLength(2);
    expect(second.emulator.clock.now()).toBeGreaterThanOrEqual(clockBefore);
    // The card survived too: the next renewal is paid.
    second.emulator.advanceClock(31 * DAY_SECONDS);
    expect((await second.stripe.invoices.list({ subscription: subscriptionId, status: 'paid' })).data).toHaveLength(3);
    // The catalog is seeded from the configuration, not duplicated.
    expect((await second.stripe.products.list()).data).toHaveLength(1);
    expect((await second.stripe.prices.retrieve(TEST_PRICE_IDS.month)).unit_amount).toBe(2000);
  } finally {
    await second.stop();
  }
  expect(JSON.parse(readFileSync(file, 'utf8')).store.version).toBe(1);
});

it('starts empty, and says so, when the state file is not readable as state', async () => {
  const file = stateFile();
  const first = await startTestStripe({ stateFile: file });
  await first.stripe.customers.create({ email: 'kept@example.com' });
  await first.stop();
  writeFileSync(file, '{ not json');
  const problems: string[] = [];
  const second = await startTestStripe({ stateFile: file, onStateProblem: (message) => problems.push(message) });
  try {
    expect((await second.stripe.customers.list()).data).toEqual([]);
    expect(problems).toEqual([expect.stringContaining('the emulator starts empty')]);
  } finally {
    await second.stop();
  }
});
