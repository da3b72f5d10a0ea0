/**
 * The Stripe emulator the e2e server starts in-process (no STRIPE_SECRET_KEY), on a fixed port so journeys can move
 * its clock: renewals, failed payments and period-end cancellations happen when time passes.
 */
export const STRIPE_EMULATOR_PORT = 4111;
export const STRIPE_EMULATOR_URL = `http://127.0.0.1:${STRIPE_EMULATOR_PORT}`;

/** Moves the emulator's clock; resolves once the events it caused are delivered to the app. */
export async function advanceStripeClock(seconds: number): Promise<Array<{ id: string; type: string }>> {
  const response = await fetch(`${STRIPE_EMULATOR_URL}/_emulator/advance-clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ seconds }),
  });
  if (!response.ok) throw new Error(`advance-clock answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { events: Array<{ id: string; type: string }> }).events;
}
