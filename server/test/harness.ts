import { randomBytes } from 'node:crypto';
import { stripVTControlCharacters } from 'node:util';
import pg from 'pg';
import { inject } from 'vitest';
import { type RunningApp, type StartAppOptions, startApp } from '../src/app';
import { type Config, loadConfig } from '../src/config/env';
import { createLogger } from '../src/infra/logging/logger';
import { currentRequestContext, keepRequestContextAmbient } from '../src/infra/logging/request-context';
import { databaseUrl } from './global-setup';
import { GraphQLTestClient } from './graphql-client';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A database of this test file's own, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `askbase_test_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplateDb')}`);
  return { url: databaseUrl(adminUrl, name), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A second instance of `app`: the same database and Redis namespace, its own port, pub/sub connections and
 * in-process state, as behind a load balancer. Only meaningful with REDIS_URL (else nothing crosses instances).
 */
export async function startSecondInstance(
  app: TestApp,
  /** Settings this instance has and the first had not (an embeddings endpoint configured later, say). */
  overrides: Partial<Config> = {},
): Promise<RunningApp & { client(): GraphQLTestClient }> {
  const config = { ...app.config, ...overrides, port: 0 };
  const instance = await startApp(config, createLogger(config), {
    databaseUrl: app.database.url,
    jobs: { pollingIntervalSeconds: 0.5 },
    stripe: app.stripe,
  });
  return { ...instance, client: () => new GraphQLTestClient(instance.url) };
}

/**
 * What a test needs to start the app with NODE_ENV=production, which refuses to run without Stripe settings.
 * The client then points at api.stripe.com, unreachable from tests: use it only where nothing calls Stripe.
 */
export const PRODUCTION_STRIPE_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_production_mode_in_tests',
  STRIPE_WEBHOOK_SECRET: 'whsec_production_mode_in_tests',
};

export interface TestApp extends RunningApp {
  config: Config;
  database: TestDatabase;
  /** SQL statements the app sent since the last `resetQueries()`. */
  queries: string[];
  /**
   * The statements GraphQL operations over HTTP ran once parsed (same reset): not background jobs, not other
   * endpoints (the Stripe emulator's webhooks). N+1 counts use these, so work that happens to run meanwhile (a
   * sign-up's Stripe customer job and its webhook) is not counted.
   */
  operationQueries: string[];
  /**
   * The statements HTTP requests ran, from their first middleware on (same reset): an operation's plus what reading
   * its credentials cost (the session look-up, its last-seen write). Not background jobs.
   */
  requestQueries: string[];
  resetQueries(): void;
  /** Raw SQL against the app's database, for assertions on what was (not) written. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  client(options?: { origin?: string }): GraphQLTestClient;
  close(): Promise<void>;
}

/**
 * The whole app on a free port against this file's own database: tests speak real HTTP and WebSocket to it.
 * REDIS_URL from the environment switches pub/sub and rate limits to Redis, as in production. Tests that act while
 * an answer streams pass `engine` (a GatedEngine) and release its chunks themselves.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: Pick<StartAppOptions, 'engine' | 'stripe' | 'now'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    APP_URL: 'http://localhost:4000',
    REDIS_URL: process.env.REDIS_URL,
    // Each app its own Redis namespace: test files run in parallel against one Redis and must not share counters.
    REDIS_KEY_PREFIX: `askbase-test:${database.url.split('/').pop()}:`,
    // Every test signs up from 127.0.0.1; tests of the auth limits set a low one explicitly.
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const queries: string[] = [];
  const operationQueries: string[] = [];
  const requestQueries: string[] = [];
  // The query logger below tells a request's statements from the rest by the ambient request context, as Sentry
  // and tracing do (the app enters it only for such readers).
  keepRequestContextAmbient();
  const app = await startApp(config, createLogger(config), {
    databaseUrl: database.url,
    ormOverrides: {
      debug: ['query'],
      logger: (message) => {
        // Under vitest (FORCE_COLOR) MikroORM colours its messages whatever `colors` says: compare them without.
        const plain = stripVTControlCharacters(message);
        if (!plain.startsWith('[query]')) return;
        queries.push(plain);
        const request = currentRequestContext();
        if (request) requestQueries.push(plain);
        if (request?.operation) operationQueries.push(plain);
      },
      colors: false,
    },
    // pg-boss's shortest polling interval: mail jobs land within half a second, and tests poll for them.
    jobs: { pollingIntervalSeconds: 0.5 },
    engine: options.engine,
    stripe: options.stripe,
    now: options.now,
    // The app's own Stripe emulator (no STRIPE_SECRET_KEY in tests) retries webhooks within milliseconds.
    stripeEmulator: { webhookRetryDelaysMs: [50, 100, 200, 400] },
  });
  return {
    ...app,
    config,
    database,
    queries,
    operationQueries,
    requestQueries,
    resetQueries: () => {
      queries.length = 0;
      operationQueries.length = 0;
      requestQueries.length = 0;
    },
    sql: async <T>(query: string, params: unknown[] = []) => (await app.orm.em.getConnection().execute(query, params)) as T[],
    client: (options) => new GraphQLTestClient(app.url, options),
    close: async () => {
      await app.stop();
      await database.drop();
    },
  };
}
