import { signWebhookPayload } from '../stripe-gateway';
import type { EmittedEvent } from './objects/event';

export interface WebhookEndpoint {
  url: string;
  /** `whsec_…`: the app verifies `Stripe-Signature` with the same secret. */
  secret: string;
}

export interface DeliveryAttempt {
  eventId: string;
  type: string;
  attempt: number;
  /** HTTP status, when the endpoint answered. */
  status?: number;
  /** Connection error or time-out, when it did not. */
  error?: string;
  ok: boolean;
}

export interface WebhookDelivererOptions {
  /** Waits before the 2nd, 3rd, … attempt of one event; after the last, the event is given up. */
  retryDelaysMs?: number[];
  timeoutMs?: number;
  /** Told about every attempt (the server logs failures). */
  onAttempt?: (attempt: DeliveryAttempt) => void;
}

/** Stripe retries for days; the emulator compresses that into seconds so a restarting app still gets its events. */
export const DEFAULT_RETRY_DELAYS_MS = [500, 2_000, 5_000, 15_000, 30_000];

/**
 * Delivers events to one endpoint, one at a time, in the order they were created: an event is retried (with
 * backoff) until it is acknowledged with a 2xx or given up, and only then is the next one sent. So order changes
 * never happen by accident; tests that want them use `deliver()` with the order they choose.
 */
export class WebhookDeliverer {
  readonly attempts: DeliveryAttempt[] = [];
  private readonly queue: EmittedEvent[] = [];
  private endpoint: WebhookEndpoint | undefined;
  private pumping = false;
  private paused = false;
  private stopped = false;
  private readonly stopController = new AbortController();
  private idleWaiters: Array<() => void> = [];
  private readonly retryDelaysMs: number[];
  private readonly timeoutMs: number;

  constructor(private readonly options: WebhookDelivererOptions = {}) {
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Where events go from now on; events created before an endpoint was set wait for it. */
  setEndpoint(endpoint: WebhookEndpoint | undefined): void {
    this.endpoint = endpoint;
    this.pump();
  }

  getEndpoint(): WebhookEndpoint | undefined {
    return this.endpoint;
  }

  enqueue(event: EmittedEvent): void {
    if (this.stopped) return;
    this.queue.push(event);
    this.pump();
  }

  /** Holds automatic delivery (events keep queueing) until `resume()`: tests collect events, then deliver them their way. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.pump();
  }

  /** Events created but not yet acknowledged or given up. */
  pending(): EmittedEvent[] {
    return [...this.queue];
  }

  /** Drops queued events (after a test delivered them itself). */
  clearQueue(): void {
    this.queue.length = 0;
    this.notifyIdle();
  }

  /**
   * Test hook: sends exactly these events, in exactly this order, once each (no retries), waiting for each answer
   * before the next. Independent of the automatic queue.
   */
  async deliver(events: EmittedEvent[], endpoint = this.endpoint): Promise<DeliveryAttempt[]> {
    if (!endpoint) throw new Error('no webhook endpoint is set');
    const results: DeliveryAttempt[] = [];
    for (const event of events) results.push(await this.send(event, endpoint, 1));
    return results;
  }

  /** Resolves once every queued event is acknowledged or given up (immediately when paused or without endpoint). */
  idle(): Promise<void> {
    if (this.queue.length === 0 || this.paused || !this.endpoint || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops delivering: a request in flight is aborted, waiting retries are dropped. */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.stopController.abort();
    this.notifyIdle();
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    void this.run().finally(() => {
      this.pumping = false;
      // An event queued between the loop's last check and here must not wait for the next enqueue.
      if (this.canSend()) this.pump();
      else this.notifyIdle();
    });
  }

  private canSend(): boolean {
    return !this.stopped && !this.paused && this.endpoint !== undefined && this.queue.length > 0;
  }

  private async run(): Promise<void> {
    while (this.canSend()) {
      const event = this.queue[0] as EmittedEvent;
      let attempt = 1;
      for (;;) {
        const endpoint = this.endpoint;
        if (!endpoint || this.stopped) return;
        const result = await this.send(event, endpoint, attempt);
        if (result.ok || attempt > this.retryDelaysMs.length) break;
        await this.sleep(this.retryDelaysMs[attempt - 1] ?? 0);
        if (this.stopped) return;
        attempt += 1;
      }
      // Acknowledged or given up: either way the next event's turn (unless a test cleared the queue meanwhile).
      if (this.queue[0] === event) this.queue.shift();
    }
  }

  private async send(event: EmittedEvent, endpoint: WebhookEndpoint, attempt: number): Promise<DeliveryAttempt> {
    const payload = JSON.stringify(event, null, 2);
    // Signed with real time, not the emulator's clock: the app checks the signature's age against its own clock.
    const signature = signWebhookPayload(payload, endpoint.secret);
    const record: DeliveryAttempt = { eventId: event.id, type: event.type, attempt, ok: false };
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Stripe-Signature': signature,
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        signal: AbortSignal.any([AbortSignal.timeout(this.timeoutMs), this.stopController.signal]),
      });
      // The body is not needed, but reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      record.status = response.status;
      record.ok = response.status >= 200 && response.status < 300;
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
    }
    this.attempts.push(record);
    this.options.onAttempt?.(record);
    return record;
  }

  private sleep(ms: number): Promise<void> {
    const signal = this.stopController.signal;
    return new Promise((resolve) => {
      const onAbort = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      // A retry waiting in the background must not keep a finished process (or test run) alive.
      timer.unref();
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private notifyIdle(): void {
    if (this.queue.length > 0 && this.canSend()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
