import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import express from 'express';
import type { Config } from './config/env';
import { clientDistDir } from './config/paths';
import type { AnswerEngine } from './copilot/engine/answer-engine';
import { selectAnswerEngine } from './copilot/engine/select-engine';
import type { GraphQLContext } from './graphql/context';
import { createErrorFormatter } from './graphql/format-error';
import { httpRequestPlugin } from './graphql/http-request-plugin';
import { countError } from './graphql/operation-telemetry';
import { parseOptions, queryLimitRules } from './graphql/query-limits';
import { sizeLimitedStringify } from './graphql/response-size';
import { buildAppSchema } from './graphql/schema';
import { attachGraphQLWebSocket } from './graphql/websocket';
import { accessLog } from './http/access-log';
import { avatarHttpRouter } from './http/avatar-http';
import { clientAppRouter } from './http/client-app';
import { clientConfigRouter } from './http/client-config';
import { dataExportHttpRouter } from './http/data-export-http';
import { devMailRouter } from './http/dev-mail';
import { httpErrorHandler } from './http/errors';
import { graphqlHttpRouter } from './http/graphql-http';
import { healthRouter } from './http/health';
import { metricsRouter, startMetricsServer } from './http/metrics-http';
import { securityHeaders } from './http/security-headers';
import { stripeWebhookRouter } from './http/stripe-webhook-http';
import { uploadsHttpRouter } from './http/uploads-http';
import { ormOptions, poolOptions } from './infra/db/mikro-orm.config';
import { createOpenAICompatibleEmbedder } from './infra/embeddings/openai-compatible-embedder';
import { createJobQueue, type JobQueueOptions } from './infra/jobs/job-queue';
import type { Logger } from './infra/logging/logger';
import { createMailDriver } from './infra/mail/create-mail-driver';
import { Mailer, registerMailWorker } from './infra/mail/mailer';
import { AppMetrics } from './infra/metrics/app-metrics';
import { type AppPubSub, createMemoryPubSub, createRedisPubSub, loadRedis } from './infra/pubsub/pubsub';
import { InFlightLimiter } from './infra/rate-limit/in-flight-limiter';
import { createRateLimiter } from './infra/rate-limit/rate-limiter';
import type { StripeEmulatorOptions } from './infra/stripe/emulator/stripe-emulator';
import type { StripeClient } from './infra/stripe/stripe-gateway';
import { type StripeSettings, sharedStripeRuntime, startStripeRuntime } from './infra/stripe/stripe-runtime';
import { PASSWORD_RESET_JOB, type PasswordResetJob } from './modules/auth/password.service';
import { registerBillingJobs } from './modules/billing/billing-jobs';
import { askbaseEmulatorCatalog } from './modules/billing/emulator-catalog';
import { AnswerGenerator } from './modules/copilot/answer-generator';
import { DATA_EXPORT_CLEANUP_JOB, DATA_EXPORT_JOB, type DataExportJob } from './modules/data-export/data-export.service';
import { EMBED_MISSING_PASSAGES_JOB, embedMissingPassages, queueEmbeddingBackfill } from './modules/knowledge/embedding-backfill';
import { INGEST_DOCUMENT_JOB } from './modules/knowledge/knowledge.service';
import { EMBED_PASSAGES_JOB, type EmbedPassagesJob, embedDocumentPassages } from './modules/knowledge/passage-embeddings';
import { resumeUnfinishedIngestion } from './modules/knowledge/resume-ingestion';
import { type AppDeps, createServices } from './services';

/** How long each stage of a shutdown waits for work in flight; main.ts gives up on the whole after 15 s. */
const SHUTDOWN_GRACE_MS = 5_000;

export interface RunningApp {
  url: string;
  port: number;
  orm: MikroORM;
  /** Real Stripe, or the bundled emulator (then `stripe.settings.emulator` is set). */
  stripe: { client: StripeClient; settings: StripeSettings };
  /** The internal metrics port, when METRICS_PORT is set. */
  metricsPort?: number;
  /** The app's pub/sub (tests publish on it as another instance would). */
  pubSub: AppPubSub;
  /** Stops accepting work, drains HTTP and WebSockets, closes connections. */
  stop(): Promise<void>;
}

/** Wires the HTTP server, GraphQL over HTTP and WebSocket, and the client; the database must be migrated already. */
export interface StartAppOptions {
  databaseUrl: string;
  /** Tests count SQL statements through a query logger. */
  ormOverrides?: Partial<Options>;
  /** Tests poll for jobs more often. */
  jobs?: JobQueueOptions;
  /** Tests that act mid-answer bring an engine they control; otherwise the configured one (LLM_* settings). */
  engine?: AnswerEngine;
  /** Tests make the in-process Stripe emulator retry webhooks within milliseconds. */
  stripeEmulator?: Partial<StripeEmulatorOptions>;
  /** A second instance in tests uses the first one's Stripe instead of starting its own emulator. */
  stripe?: RunningApp['stripe'];
  /** Tests step the clock of plan decisions (grace periods, comp grants). */
  now?: () => Date;
}

export async function startApp(config: Config, logger: Logger, options: StartAppOptions): Promise<RunningApp> {
  const orm = await MikroORM.init(ormOptions(options.databaseUrl, { ...poolOptions(config.database), ...options.ormOverrides }));
  const pubSub = config.redisUrl
    ? createRedisPubSub(config.redisUrl, config.redisKeyPrefix, (err, topic, command) =>
        logger.warn({ err, topic, command }, 'a Redis pub/sub command failed; listeners catch up from the database'),
      )
    : createMemoryPubSub();
  const rateLimiter = createRateLimiter(
    config.redisUrl,
    config.redisKeyPrefix,
    (url) => new (loadRedis())(url, { maxRetriesPerRequest: 3 }),
  );
  const jobs = createJobQueue(options.databaseUrl, logger, { stopTimeoutMs: SHUTDOWN_GRACE_MS, ...options.jobs });
  const metrics = new AppMetrics({ queueDepth: () => jobs.depths() });
  const mailer = new Mailer(jobs);
  await registerMailWorker(jobs, createMailDriver(config.mail, orm.em), logger);
  if (config.isProduction && !config.mail.smtpUrl) {
    logger.warn('SMTP_URL is not set: mail is kept in the mail_outbox table and nobody receives it (set SMTP_URL to send it)');
  }
  const stripe = options.stripe
    ? sharedStripeRuntime(options.stripe)
    : await startStripeRuntime(
        { ...config.stripe, isProduction: config.isProduction },
        {
          catalog: askbaseEmulatorCatalog({ month: config.stripe.prices.PRO.MONTH, year: config.stripe.prices.PRO.YEAR }),
          logger,
          // Beside the embedded database's folder, so customers and subscriptions outlive a restart of `npm start`.
          stateFile: config.env === 'development' ? path.join(path.dirname(config.embeddedPgDir), 'stripe-emulator.json') : undefined,
          emulator: options.stripeEmulator,
        },
      );
  const embedder = config.embeddings ? createOpenAICompatibleEmbedder(config.embeddings) : undefined;
  const generator = new AnswerGenerator({
    rootEm: orm.em,
    pubSub,
    engine:
      options.engine ??
      selectAnswerEngine({
        ...config.llm,
        extractiveDelayMs: config.extractiveAnswerDelayMs,
        language: config.searchLanguage,
      }),
    searchLanguage: config.searchLanguage,
    embedder,
    logger,
    metrics,
  });
  const deps: AppDeps = {
    pubSub,
    rateLimiter,
    authAttemptsPerMinute: config.rateLimits.authAttemptsPerMinute,
    accountSlowdownMs: config.rateLimits.accountSlowdownMs,
    inFlight: new InFlightLimiter(config.rateLimits.expensiveOperationsPerUser),
    mailer,
    jobs,
    appUrl: config.appUrl,
    generator,
    searchLanguage: config.searchLanguage,
    embedder,
    stripe: stripe.client,
    stripeSettings: stripe.settings,
    now: options.now ?? (() => new Date()),
  };
  await jobs.work<{ documentId: string }>(INGEST_DOCUMENT_JOB, (job) =>
    createServices(orm.em.fork(), deps).knowledge.ingest(job.data.documentId),
  );
  await jobs.work<PasswordResetJob>(PASSWORD_RESET_JOB, (job) =>
    createServices(orm.em.fork(), deps).passwords.sendResetLink(job.data.email),
  );
  await jobs.work<DataExportJob>(DATA_EXPORT_JOB, async (job) => {
    const failure = await createServices(orm.em.fork(), deps).dataExports.build(job.data.exportId);
    // The export is FAILED already (the user sees it and may ask again); a retry would not do better.
    if (failure) logger.error({ err: failure, job: { id: job.id, name: job.name } }, 'data export failed');
  });
  await jobs.work<DataExportJob>(DATA_EXPORT_CLEANUP_JOB, () => createServices(orm.em.fork(), deps).dataExports.expireDue());
  if (embedder) {
    await jobs.work<EmbedPassagesJob>(EMBED_PASSAGES_JOB, async (job) => {
      await embedDocumentPassages(orm.em.fork(), embedder, job.data.documentId);
    });
    await jobs.work(EMBED_MISSING_PASSAGES_JOB, async () => {
      const done = await embedMissingPassages(orm.em.fork(), embedder);
      logger.info({ ...done, model: embedder.model }, 'vectors given to passages stored without one of this model');
    });
  }
  await registerBillingJobs(jobs, () => createServices(orm.em.fork(), deps), logger);
  await jobs.start();
  await resumeUnfinishedIngestion(orm.em, jobs, logger);
  // Off the path to ready: with many passages, finding none lacking a vector reads them all. Awaited by stop().
  const embeddingBackfillQueued = embedder
    ? queueEmbeddingBackfill(orm.em, jobs, embedder.model, logger).catch((error: unknown) => {
        logger.error({ err: error }, 'could not look for passages lacking vectors of the embedding model');
        return false;
      })
    : Promise.resolve(false);
  const contextSource = { rootEm: orm.em, deps };
  const schema = await buildAppSchema(pubSub);
  const secureCookies = config.isProduction;
  let shuttingDown = false;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const wsCleanup = attachGraphQLWebSocket({
    httpServer,
    schema,
    logger,
    allowedOrigins: config.corsOrigins,
    secureCookies,
    trustProxy: app.get('trust proxy fn'),
    rateLimiter,
    requestsPerMinute: config.rateLimits.requestsPerMinute,
    introspection: config.introspection,
    responseMaxBytes: config.responseMaxBytes,
    subscriptionAccessCacheMs: config.subscriptionAccessCacheMs,
    contextSource,
    metrics,
    accessDatabase: { url: options.databaseUrl, limits: config.database },
  });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns SIGINT/SIGTERM and stops the app in order. Apollo's own handlers would call stop() alongside
    // it, and a second concurrent stop() in Apollo Server 5 waits on a barrier that is never resolved.
    stopOnTerminationSignals: false,
    validationRules: queryLimitRules(),
    parseOptions: parseOptions(),
    stringifyResult: sizeLimitedStringify(config.responseMaxBytes, (refusal) => countError(metrics, refusal)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: SHUTDOWN_GRACE_MS }),
      // Answers are `no-store` (no-store.ts): the cache-control plugin's per-field hooks would compute nothing else.
      ApolloServerPluginCacheControlDisabled(),
      httpRequestPlugin({ introspection: config.introspection, metrics }),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
    ],
  });
  await apollo.start();

  // Every response: its id, latency and log line, and the security headers.
  app.use(accessLog(logger, metrics));
  app.use(
    securityHeaders({
      isProduction: config.isProduction,
      allowedOrigins: config.corsOrigins,
      reportingOrigins: config.sentryBrowserDsn ? [new URL(config.sentryBrowserDsn).origin] : [],
    }),
  );
  const client = clientAppRouter(clientDistDir);
  // The API first: nearly every request is one, and each router in front of it is one more match that fails.
  app.use(
    graphqlHttpRouter({
      apollo,
      allowedOrigins: config.corsOrigins,
      secureCookies,
      rateLimiter,
      requestsPerMinute: config.rateLimits.requestsPerMinute,
      contextSource,
      playground: client.playground,
      introspection: config.introspection,
    }),
  );
  app.use(clientConfigRouter({ sentry: config.sentryBrowserDsn ? { dsn: config.sentryBrowserDsn, environment: config.env } : null }));
  app.use(healthRouter(options.databaseUrl, () => shuttingDown));
  if (config.metrics.token) app.use(metricsRouter(metrics, config.metrics.token));
  const metricsServer =
    config.metrics.port === undefined ? undefined : await startMetricsServer(metrics, config.metrics.host, config.metrics.port);
  // Before any body parser: the signature covers the raw bytes.
  app.use(stripeWebhookRouter({ rootEm: orm.em, jobs, webhookSecret: stripe.settings.webhookSecret, logger }));
  app.use(
    uploadsHttpRouter({
      allowedOrigins: config.corsOrigins,
      secureCookies,
      rateLimiter,
      requestsPerMinute: config.rateLimits.requestsPerMinute,
      contextSource,
      logger,
    }),
  );
  app.use(
    avatarHttpRouter({
      allowedOrigins: config.corsOrigins,
      secureCookies,
      rateLimiter,
      requestsPerMinute: config.rateLimits.requestsPerMinute,
      contextSource,
      logger,
    }),
  );
  app.use(
    dataExportHttpRouter({
      secureCookies,
      rateLimiter,
      requestsPerMinute: config.rateLimits.requestsPerMinute,
      contextSource,
      logger,
    }),
  );
  app.use(devMailRouter({ rootEm: orm.em, enabled: !config.isProduction, smtpConfigured: Boolean(config.mail.smtpUrl) }));
  app.use(client.router);
  app.use(httpErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  stripe.connectWebhooks({ host: config.host, port });

  return {
    url: `http://localhost:${port}`,
    port,
    orm,
    stripe: { client: stripe.client, settings: stripe.settings },
    metricsPort: metricsServer?.port,
    pubSub,
    stop: async () => {
      shuttingDown = true;
      // The emulator stops delivering webhooks before the app drains (a delivery into a closing server would only fail).
      stripe.stopWebhooks();
      // HTTP requests finish (or are cut after the grace period); WebSockets close with 1001 "Going away", which
      // clients take as "reconnect", catching up on answers from the stored events.
      await apollo.stop();
      await embeddingBackfillQueued;
      // Running jobs and answers still need the database: they finish (or stop) before the ORM closes. A job cut
      // short is retried by another instance; an answer cut short is marked FAILED.
      await Promise.all([jobs.stop(), generator.drain(SHUTDOWN_GRACE_MS)]);
      // Jobs may call Stripe until they stop; only then does the in-process emulator close.
      await stripe.stop();
      await Promise.allSettled([pubSub.close(), rateLimiter.close(), metricsServer?.close()]);
      await orm.close();
    },
  };
}
