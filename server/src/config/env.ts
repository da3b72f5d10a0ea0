import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths';

/** Accepts "true/false/1/0/yes/no" the way people write them in .env files. */
const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'use true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const urlWithProtocols = (protocols: string[], example: string) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: `must be a URL starting with ${protocols.join(' or ')}//, e.g. ${example}` },
  );

const stripePriceId = z
  .string()
  .regex(/^price_\w+$/, { error: 'must be a Stripe price id starting with price_, e.g. price_1PqR… (Stripe Dashboard → Product catalog)' });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'use development, production or test' }).default('development'),
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int()
    .min(0)
    .max(65535, { error: 'must be a port between 0 and 65535' })
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  APP_URL: urlWithProtocols(['http:', 'https:'], 'https://askbase.example.com').optional(),
  CORS_ORIGINS: z.string().optional(),
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://user:password@localhost:5432/askbase').optional(),
  EMBEDDED_PG_DIR: z.string().optional(),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:'], 'redis://127.0.0.1:6379').optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]*$/, { error: 'use letters, digits and : . _ - only' })
    .default('askbase:'),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:'], 'smtps://user:password@smtp.example.com:465').optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
      error: 'must be an address, e.g. "Askbase <no-reply@askbase.example.com>" or no-reply@askbase.example.com',
    })
    .optional(),
  LLM_BASE_URL: urlWithProtocols(['http:', 'https:'], 'https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama)').optional(),
  LLM_MODEL: z.string().min(1, { error: 'name the model, e.g. gpt-4o-mini or llama3.1' }).optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().positive().default(30_000),
  EMBEDDINGS_BASE_URL: urlWithProtocols(
    ['http:', 'https:'],
    'https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama) or http://127.0.0.1:8000/v1 (vLLM)',
  ).optional(),
  EMBEDDINGS_MODEL: z.string().min(1, { error: 'name the embedding model, e.g. text-embedding-3-small or nomic-embed-text' }).optional(),
  EMBEDDINGS_API_KEY: z.string().optional(),
  EMBEDDINGS_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().positive().default(10_000),
  EXTRACTIVE_ANSWER_DELAY_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(1000).default(15),
  SEARCH_LANGUAGE: z
    .string()
    .regex(/^[a-z_]+$/, { error: 'use a PostgreSQL text search configuration name such as english, simple, german, french' })
    .default('english'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'use fatal, error, warn, info, debug, trace or silent' })
    .optional(),
  LOG_PRETTY: booleanFromString.optional(),
  TRUST_PROXY: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: 'must be a number' }).int().positive().default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: 'must be a number' }).int().positive().default(10),
  AUTH_ACCOUNT_SLOWDOWN_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(30_000).default(2_000),
  GRAPHQL_INTROSPECTION: z.enum(['public', 'signed-in'], { error: 'use public or signed-in' }).optional(),
  RESPONSE_MAX_BYTES: z.coerce
    .number({ error: 'must be a number of bytes' })
    .int()
    .min(100_000)
    .default(16 * 1024 * 1024),
  SUBSCRIPTION_ACCESS_CACHE_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(10_000).default(1_500),
  EXPENSIVE_OPERATIONS_PER_USER: z.coerce.number({ error: 'must be a number' }).int().positive().default(4),
  METRICS_TOKEN: z.string().min(24, { error: 'use a random secret of at least 24 characters (openssl rand -hex 32)' }).optional(),
  METRICS_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65_535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  SENTRY_DSN: z
    .url({ protocol: /^https?$/, error: 'must be the DSN Sentry shows for the project (https://<key>@<host>/<project>)' })
    .optional(),
  SENTRY_DSN_BROWSER: z
    .url({ protocol: /^https?$/, error: 'must be the DSN of the Sentry project for the browser app (https://<key>@<host>/<project>)' })
    .optional(),
  SENTRY_ENVIRONMENT: z.string().optional(),
  SENTRY_RELEASE: z.string().optional(),
  SENTRY_TRACES_SAMPLE_RATE: z.coerce.number({ error: 'must be a number from 0 to 1' }).min(0).max(1).default(0.1),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      error: "must be the collector's OTLP/HTTP base URL, e.g. http://otel-collector:4318 (/v1/traces is added)",
    })
    .optional(),
  OTEL_EXPORTER_OTLP_PROTOCOL: z
    .enum(['http/protobuf', 'http/json'], {
      error: 'use http/protobuf or http/json (gRPC is not supported: point at the OTLP/HTTP port, 4318)',
    })
    .default('http/protobuf'),
  OTEL_SERVICE_NAME: z.string().min(1).default('askbase'),
  OTEL_SDK_DISABLED: booleanFromString.default(false),
  DATABASE_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int().min(2).max(200).default(10),
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().positive().default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().positive().default(15_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().positive().default(15_000),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(live|test)_\w+$/, {
      error: 'must be a Stripe secret or restricted key, e.g. sk_live_… or sk_test_… (Stripe Dashboard → Developers → API keys)',
    })
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\w+$/, {
      error: "must be a webhook signing secret starting with whsec_ (Stripe Dashboard → Webhooks → the endpoint's signing secret)",
    })
    .optional(),
  STRIPE_PRICE_PRO_MONTHLY: stripePriceId.default('price_askbase_pro_month'),
  STRIPE_PRICE_PRO_YEARLY: stripePriceId.default('price_askbase_pro_year'),
  STRIPE_EMULATOR_PORT: z.coerce
    .number({ error: 'must be a number' })
    .int()
    .min(0)
    .max(65535, { error: 'must be a port between 0 and 65535 (0 picks a free one)' })
    .default(0),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  /** Public address of the app: links in mail and the default allowed origin are built from it, never from Host. */
  appUrl: string;
  /** Origins allowed to call the API with credentials and to open WebSockets. */
  corsOrigins: string[];
  /** Unset means "start an embedded PostgreSQL". */
  databaseUrl: string | undefined;
  embeddedPgDir: string;
  redisUrl: string | undefined;
  /** Prepended to every Redis key and channel, so several deployments (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  mail: {
    /** Unset means "store mail in the outbox table" (shown at /dev/mail outside production). Holds credentials: never log it. */
    smtpUrl: string | undefined;
    /** The From of every message. */
    from: string;
  };
  /** The answer engine: an OpenAI-compatible endpoint when baseUrl and model are set, else the built-in extractive one. */
  llm: { baseUrl: string | undefined; model: string | undefined; apiKey: string | undefined; timeoutMs: number };
  /**
   * Semantic retrieval: an OpenAI-compatible embeddings endpoint when baseUrl and model are set (undefined: lexical
   * retrieval only). apiKey is a credential: never log it.
   */
  embeddings: { baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number } | undefined;
  /** Pause between words of the built-in engine's streamed answers, so they read as they are written (0 in tests). */
  extractiveAnswerDelayMs: number;
  /** PostgreSQL text search configuration for documents and questions. */
  searchLanguage: string;
  logLevel: NonNullable<Env['LOG_LEVEL']>;
  logPretty: boolean;
  /** Express `trust proxy` value: how many proxies (or which) stand before the app, so req.ip is the client's. */
  trustProxy: boolean | number | string;
  rateLimits: {
    requestsPerMinute: number;
    authAttemptsPerMinute: number;
    /** Wait added to each log-in attempt on an account past its per-minute limit (it slows, never blocks). */
    accountSlowdownMs: number;
    /** Expensive mutations (ask, regenerate, add a document) one user may have running at once on one instance. */
    expensiveOperationsPerUser: number;
  };
  /** Who may introspect, see "Did you mean" suggestions and open the playground: anyone, or signed-in callers only. */
  introspection: 'public' | 'signed-in';
  /** A GraphQL result larger than this (JSON bytes) is replaced by an error, over HTTP and WebSocket alike. */
  responseMaxBytes: number;
  /**
   * How long an open subscription reuses its last access check (session, membership, role) before checking again;
   * logOut, removals and role changes clear it at once. 0 checks before every event.
   */
  subscriptionAccessCacheMs: number;
  /** Pool size and time-outs: a stalled database or a full pool fails a request in seconds, with a clear error. */
  database: DatabaseLimits;
  /**
   * Prometheus metrics: GET /metrics on the public port for a Bearer METRICS_TOKEN, and/or on an internal port of
   * its own (METRICS_PORT on METRICS_HOST) without a token. Neither set: no metrics endpoint at all.
   */
  metrics: { token: string | undefined; port: number | undefined; host: string };
  /**
   * The browser app's Sentry DSN (a public key by design): the app loads Sentry's browser SDK only when this is set
   * AND the user allowed error reporting in the cookie banner.
   */
  sentryBrowserDsn: string | undefined;
  /** Error reporting and tracing with Sentry: undefined unless SENTRY_DSN is set. */
  sentry: { dsn: string; environment: string; release: string | undefined; tracesSampleRate: number } | undefined;
  /**
   * OpenTelemetry traces sent over OTLP/HTTP: undefined unless OTEL_EXPORTER_OTLP_ENDPOINT is set (and
   * OTEL_SDK_DISABLED is not true). The SDK itself reads the other standard OTEL_* variables (headers, sampler,
   * batch delay, resource attributes).
   */
  tracing: TracingConfig | undefined;
  stripe: StripeConfig;
}

export interface TracingConfig {
  /** `service.name` of every span: OTEL_SERVICE_NAME, or "askbase". */
  serviceName: string;
  protocol: 'http/protobuf' | 'http/json';
}

export interface StripeConfig {
  /** Real Stripe when set; unset (never in production) starts the bundled Stripe emulator on loopback. A credential: never log it. */
  secretKey: string | undefined;
  /** Verifies `Stripe-Signature` on /webhooks/stripe. Unset with the emulator: a random one for the run. A credential. */
  webhookSecret: string | undefined;
  /** The Stripe price ids Askbase sells; the emulator seeds prices under these ids. */
  prices: { PRO: { MONTH: string; YEAR: string } };
  /** Where the emulator listens (127.0.0.1 only); 0 picks a free port. */
  emulatorPort: number;
}

export interface DatabaseLimits {
  poolSize: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `Askbase <no-reply@askbase.example.com>` from APP_URL's host name; an IP address or a bare name gets `localhost`. */
function defaultMailFrom(appUrl: string): string {
  const hostname = new URL(appUrl).hostname.replace(/^\[|\]$/g, '');
  const domain = isIP(hostname) || !hostname.includes('.') ? 'localhost' : hostname;
  return `Askbase <no-reply@${domain}>`;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Connection URLs carry passwords: an invalid one must not end up in a terminal or a log collector. */
const MAY_HOLD_CREDENTIALS = new Set([
  'DATABASE_URL',
  'REDIS_URL',
  'SMTP_URL',
  'LLM_API_KEY',
  'LLM_BASE_URL',
  'EMBEDDINGS_API_KEY',
  'EMBEDDINGS_BASE_URL',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'METRICS_TOKEN',
  'SENTRY_DSN',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
]);

/** Reads and validates the environment once; every message names the variable and how to fix it. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const got = MAY_HOLD_CREDENTIALS.has(name) ? 'value hidden: it may hold a password' : `got ${JSON.stringify(source[name])}`;
      return `  ${issue.path.join('.')}: ${issue.message} (${got})`;
    });
    throw new ConfigError(
      `Invalid environment configuration:\n${lines.join('\n')}\nFix these variables (see .env.example) and start again.`,
    );
  }
  const env = parsed.data;
  if (Boolean(env.LLM_BASE_URL) !== Boolean(env.LLM_MODEL)) {
    throw new ConfigError(
      'Invalid environment configuration:\n  LLM_BASE_URL and LLM_MODEL go together: set both to use a language model, or neither for the built-in engine.',
    );
  }
  if (Boolean(env.EMBEDDINGS_BASE_URL) !== Boolean(env.EMBEDDINGS_MODEL)) {
    throw new ConfigError(
      'Invalid environment configuration:\n  EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL go together: set both for semantic retrieval, or neither for lexical retrieval only.',
    );
  }
  if (env.NODE_ENV === 'production' && (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET)) {
    throw new ConfigError(
      'Invalid environment configuration:\n  STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are required in production (the bundled Stripe emulator never runs there): set the secret key and the signing secret of the /webhooks/stripe endpoint from the Stripe Dashboard.',
    );
  }
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError(
      'Invalid environment configuration:\n  STRIPE_SECRET_KEY needs STRIPE_WEBHOOK_SECRET: set the signing secret of the /webhooks/stripe endpoint (or of `stripe listen`), or unset STRIPE_SECRET_KEY to use the bundled Stripe emulator.',
    );
  }
  if (env.STRIPE_PRICE_PRO_MONTHLY === env.STRIPE_PRICE_PRO_YEARLY) {
    throw new ConfigError(
      'Invalid environment configuration:\n  STRIPE_PRICE_PRO_MONTHLY and STRIPE_PRICE_PRO_YEARLY must be two different prices (one billed monthly, one yearly).',
    );
  }
  const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  const corsOrigins = env.CORS_ORIGINS
    ? env.CORS_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean)
    : [new URL(appUrl).origin, ...(env.NODE_ENV === 'development' ? ['http://localhost:5173'] : [])];
  return {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    appUrl,
    corsOrigins,
    databaseUrl: env.DATABASE_URL,
    embeddedPgDir: path.resolve(repoRoot, env.EMBEDDED_PG_DIR ?? '.data/postgres'),
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM ?? defaultMailFrom(appUrl) },
    llm: { baseUrl: env.LLM_BASE_URL, model: env.LLM_MODEL, apiKey: env.LLM_API_KEY, timeoutMs: env.LLM_TIMEOUT_MS },
    embeddings:
      env.EMBEDDINGS_BASE_URL && env.EMBEDDINGS_MODEL
        ? {
            baseUrl: env.EMBEDDINGS_BASE_URL,
            model: env.EMBEDDINGS_MODEL,
            apiKey: env.EMBEDDINGS_API_KEY,
            timeoutMs: env.EMBEDDINGS_TIMEOUT_MS,
          }
        : undefined,
    extractiveAnswerDelayMs: env.EXTRACTIVE_ANSWER_DELAY_MS,
    searchLanguage: env.SEARCH_LANGUAGE,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    logPretty: env.LOG_PRETTY ?? env.NODE_ENV === 'development',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimits: {
      requestsPerMinute: env.RATE_LIMIT_PER_MINUTE,
      authAttemptsPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
      accountSlowdownMs: env.AUTH_ACCOUNT_SLOWDOWN_MS,
      expensiveOperationsPerUser: env.EXPENSIVE_OPERATIONS_PER_USER,
    },
    introspection: env.GRAPHQL_INTROSPECTION ?? (env.NODE_ENV === 'production' ? 'signed-in' : 'public'),
    responseMaxBytes: env.RESPONSE_MAX_BYTES,
    subscriptionAccessCacheMs: env.SUBSCRIPTION_ACCESS_CACHE_MS,
    database: {
      poolSize: env.DATABASE_POOL_SIZE,
      acquireTimeoutMs: env.DATABASE_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    stripe: {
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      prices: { PRO: { MONTH: env.STRIPE_PRICE_PRO_MONTHLY, YEAR: env.STRIPE_PRICE_PRO_YEARLY } },
      emulatorPort: env.STRIPE_EMULATOR_PORT,
    },
    metrics: { token: env.METRICS_TOKEN, port: env.METRICS_PORT, host: env.METRICS_HOST },
    sentryBrowserDsn: env.SENTRY_DSN_BROWSER,
    sentry: env.SENTRY_DSN
      ? {
          dsn: env.SENTRY_DSN,
          environment: env.SENTRY_ENVIRONMENT ?? env.NODE_ENV,
          release: env.SENTRY_RELEASE,
          tracesSampleRate: env.SENTRY_TRACES_SAMPLE_RATE,
        }
      : undefined,
    tracing:
      env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_SDK_DISABLED
        ? { serviceName: env.OTEL_SERVICE_NAME, protocol: env.OTEL_EXPORTER_OTLP_PROTOCOL }
        : undefined,
  };
}
