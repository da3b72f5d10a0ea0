import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStripeClient, type StripeClient } from '../stripe-gateway';
import type { EmulatorParts } from './api/api-request';
import { handleApiRequest } from './api/handle-api';
import { IdempotencyCache } from './api/idempotency';
import { type DunningOptions, EmulatorBilling } from './billing';
import { EmulatorClock } from './clock';
import { handleControlRequest } from './control';
import { EventEmitter } from './events';
import { newId } from './ids';
import { buildPrice, buildProduct, type SeedPrice } from './objects/catalog';
import type { EmittedEvent } from './objects/event';
import { handlePageRequest } from './pages/handle-pages';
import { readEmulatorState, writeEmulatorState } from './state-file';
import { EmulatorStore } from './store';
import { type DeliveryAttempt, WebhookDeliverer, type WebhookEndpoint } from './webhook-deliverer';

/** Stripe refuses bodies far smaller; this only keeps a runaway client from filling memory. */
const MAX_BODY_BYTES = 1_000_000;

export interface EmulatorCatalog {
  product: { id?: string; name: string };
  prices: SeedPrice[];
}

export interface StripeEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only: the emulator has no real security and must not be reachable from outside. */
  host?: '127.0.0.1' | 'localhost';
  /** The key clients must send; a random `sk_test_emulator_…` by default. */
  secretKey?: string;
  catalog: EmulatorCatalog;
  /** Where events go; can be set later with `setWebhookEndpoint` (the app knows its port only after listening). */
  webhook?: WebhookEndpoint;
  /** Waits between webhook retries; tests pass a few milliseconds. */
  webhookRetryDelaysMs?: number[];
  webhookTimeoutMs?: number;
  onDeliveryAttempt?: (attempt: DeliveryAttempt) => void;
  dunning?: DunningOptions;
  /**
   * Development: keep customers, subscriptions, invoices and the clock in this JSON file across restarts (the app's
   * database still refers to them). Unset (tests): memory only.
   */
  stateFile?: string;
  /** Told when the state file cannot be read or written (the emulator carries on in memory). */
  onStateProblem?: (message: string) => void;
}

export interface StripeEmulator {
  url: string;
  port: number;
  secretKey: string;
  store: EmulatorStore;
  clock: EmulatorClock;
  webhooks: WebhookDeliverer;
  /** The real SDK pointed at this emulator. */
  client(options?: { maxNetworkRetries?: number; secretKey?: string }): StripeClient;
  setWebhookEndpoint(endpoint: WebhookEndpoint | undefined): void;
  /** Moves time forward and runs every renewal, failed payment and period-end cancellation that falls due. */
  advanceClock(seconds: number): void;
  /** Events emitted so far, oldest first, optionally of one type. */
  events<T extends EmittedEvent['type']>(type?: T): Array<Extract<EmittedEvent, { type: T }>>;
  /** Sends these events once each, in this order, to the endpoint (tests of out-of-order delivery). */
  deliverEvents(events: EmittedEvent[]): Promise<DeliveryAttempt[]>;
  stop(): Promise<void>;
}

export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const secretKey = options.secretKey ?? newId.secretKey();
  const store = new EmulatorStore();
  const clock = new EmulatorClock();
  const deliverer = new WebhookDeliverer({
    retryDelaysMs: options.webhookRetryDelaysMs,
    timeoutMs: options.webhookTimeoutMs,
    onAttempt: options.onDeliveryAttempt,
  });
  if (options.webhook) deliverer.setEndpoint(options.webhook);
  const events = new EventEmitter(store, clock, deliverer);
  const billing = new EmulatorBilling(store, clock, events, options.dunning);
  let baseUrl = '';
  const parts: EmulatorParts = { store, clock, billing, events, baseUrl: () => baseUrl };
  const reportState = options.onStateProblem ?? (() => undefined);
  const saved = options.stateFile ? readEmulatorState(options.stateFile, reportState) : undefined;
  if (saved) {
    store.restore(saved.store);
    clock.restoreOffset(saved.clockOffsetSeconds);
  }
  // After restoring: the configured catalog wins over a saved one (prices may have changed since).
  seedCatalog(store, options.catalog, clock.now());
  const save = () => {
    if (!options.stateFile) return;
    try {
      writeEmulatorState(options.stateFile, { store: store.snapshot(), clockOffsetSeconds: clock.offset });
    } catch (error) {
      reportState(`cannot write ${options.stateFile}: ${(error as Error).message}`);
    }
  };
  const idempotency = new IdempotencyCache();

  const server = http.createServer((request, response) => {
    void serve(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(`emulator error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', baseUrl);
    const method = request.method ?? 'GET';
    const body = await readBody(request);
    // Whatever changes state is a POST or DELETE; the file is rewritten after each (it is small, and only in development).
    if (method !== 'GET') response.once('finish', save);
    if (body === undefined) {
      response.writeHead(413, { 'Content-Type': 'text/plain' }).end('request body too large');
      return;
    }
    if (url.pathname.startsWith('/v1/')) {
      const result = handleApiRequest(request, url, body, { parts, secretKey, idempotency });
      response.writeHead(result.status, result.headers).end(result.body);
      return;
    }
    if (url.pathname.startsWith('/_emulator/')) {
      const result = await handleControlRequest(method, url, body, parts, deliverer);
      if (result) {
        response.writeHead(result.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(result.body));
        return;
      }
    }
    const pageResult = handlePageRequest(method, url, body, parts);
    if (pageResult) {
      response.writeHead(pageResult.status, pageResult.headers).end(pageResult.body);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;

  return {
    url: baseUrl,
    port,
    secretKey,
    store,
    clock,
    webhooks: deliverer,
    client: (clientOptions = {}) =>
      createStripeClient({
        secretKey: clientOptions.secretKey ?? secretKey,
        emulatorUrl: baseUrl,
        maxNetworkRetries: clientOptions.maxNetworkRetries,
      }),
    setWebhookEndpoint: (endpoint) => deliverer.setEndpoint(endpoint),
    advanceClock: (seconds) => {
      billing.advanceClock(seconds);
      save();
    },
    events: <T extends EmittedEvent['type']>(type?: T) =>
      store.events.filter((event): event is Extract<EmittedEvent, { type: T }> => type === undefined || event.type === type),
    deliverEvents: (list) => deliverer.deliver(list),
    stop: async () => {
      deliverer.stop();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function seedCatalog(store: EmulatorStore, catalog: EmulatorCatalog, now: number): void {
  const product = buildProduct(catalog.product.id ?? newId.product(), catalog.product.name, now);
  store.products.set(product.id, product);
  for (const seed of catalog.prices) {
    const price = buildPrice(seed, product.id, now);
    store.prices.set(price.id, price);
  }
  product.default_price = catalog.prices[0]?.id ?? null;
}

/** The body as text, or undefined past the size limit. */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
