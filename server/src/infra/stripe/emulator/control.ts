import type { EmulatorParts } from './api/api-request';
import type { WebhookDeliverer } from './webhook-deliverer';

/** The longest `advance-clock` waits for its events to be delivered before answering anyway. */
const IDLE_WAIT_MS = 10_000;

export interface ControlResponse {
  status: number;
  body: unknown;
}

/**
 * `/_emulator/…`: what a test or Playwright needs beyond Stripe's API. `POST /_emulator/advance-clock` with
 * `{"seconds": n}` (JSON or form) moves time and runs renewals; the answer lists the events it caused.
 */
export async function handleControlRequest(
  method: string,
  url: URL,
  body: string,
  parts: EmulatorParts,
  deliverer: WebhookDeliverer,
): Promise<ControlResponse | undefined> {
  if (url.pathname === '/_emulator/clock' && method === 'GET') return { status: 200, body: { now: parts.clock.now() } };
  if (url.pathname === '/_emulator/advance-clock' && method === 'POST') {
    const seconds = Number(readField(body, 'seconds'));
    if (!Number.isInteger(seconds) || seconds < 0)
      return { status: 400, body: { error: { message: 'seconds must be a whole number ≥ 0' } } };
    const before = parts.store.events.length;
    parts.billing.advanceClock(seconds);
    const events = parts.store.events.slice(before).map((event) => ({ id: event.id, type: event.type }));
    // Answer once the events are delivered (or given up), so the caller can look at the app's state right away;
    // an endpoint that keeps failing must not hold the caller for the whole retry schedule.
    await Promise.race([deliverer.idle(), new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_MS).unref())]);
    return { status: 200, body: { now: parts.clock.now(), events } };
  }
  if (url.pathname === '/_emulator/events' && method === 'GET') {
    return { status: 200, body: { data: parts.store.events.map((event) => ({ id: event.id, type: event.type, created: event.created })) } };
  }
  return undefined;
}

function readField(body: string, name: string): unknown {
  const trimmed = body.trim();
  if (trimmed.startsWith('{')) {
    try {
      return (JSON.parse(trimmed) as Record<string, unknown>)[name];
    } catch {
      return undefined;
    }
  }
  return new URLSearchParams(trimmed).get(name);
}
