import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { buildAppSchema } from '../src/graphql/schema';
import { attachGraphQLWebSocket } from '../src/graphql/websocket';
import { createJobQueue } from '../src/infra/jobs/job-queue';
import type { Logger } from '../src/infra/logging/logger';
import { Mailer } from '../src/infra/mail/mailer';
import { AppMetrics } from '../src/infra/metrics/app-metrics';
import { AccessEvents } from '../src/infra/pubsub/access-events';
import type { AppPubSub } from '../src/infra/pubsub/pubsub';
import { InFlightLimiter } from '../src/infra/rate-limit/in-flight-limiter';
import { FlexibleRateLimiter } from '../src/infra/rate-limit/rate-limiter';
import { createStripeClient } from '../src/infra/stripe/stripe-gateway';
import { User } from '../src/modules/account/user.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { SessionService } from '../src/modules/auth/session.service';
import type { AnswerGenerator } from '../src/modules/copilot/answer-generator';
import type { Workspace } from '../src/modules/workspace/workspace.entity';
import { WorkspaceService } from '../src/modules/workspace/workspace.service';
import type { AppDeps } from '../src/services';

export interface BenchWsServer {
  /** ws://…/graphql */
  url: string;
  user: User;
  workspace: Workspace;
  /** Opens `count` sessions of the bench user: their tokens. */
  openSessions(count: number): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The app's graphql-ws server alone (no Express, no Apollo) on a loopback port, with the production schema,
 * permissions and access re-checks, and one user owning one workspace. The jobs queue is never started: nothing
 * here sends mail or calls Stripe.
 */
export async function startBenchWsServer(
  orm: MikroORM,
  databaseUrl: string,
  pubSub: AppPubSub,
  generator: AnswerGenerator,
  logger: Logger,
): Promise<BenchWsServer> {
  const jobs = createJobQueue(databaseUrl, logger);
  const deps: AppDeps = {
    pubSub,
    rateLimiter: new FlexibleRateLimiter(null),
    authAttemptsPerMinute: 10,
    accountSlowdownMs: 2_000,
    inFlight: new InFlightLimiter(3),
    mailer: new Mailer(jobs),
    jobs,
    appUrl: 'http://localhost:4000',
    generator,
    searchLanguage: 'english',
    embedder: undefined,
    stripe: createStripeClient({ secretKey: 'sk_test_bench_never_used', emulatorUrl: 'http://127.0.0.1:9', maxNetworkRetries: 0 }),
    stripeSettings: { webhookSecret: 'whsec_bench', prices: { PRO: { MONTH: 'price_month', YEAR: 'price_year' } } },
    now: () => new Date(),
  };
  const em = orm.em.fork();
  const user = em.create(User, { email: `ws-bench-${Date.now()}-${Math.random()}@example.com`, name: 'Bench', passwordHash: 'x' });
  await em.persist(user).flush();
  const access = new AccessEvents(pubSub);
  const workspace = await new WorkspaceService(em, new AuditService(em), access, { ...jobs, send: async () => 'bench' }).createOwned(
    em,
    user,
    { name: 'Streaming' },
  );
  const sessions = new SessionService(em, access, new AuditService(em));

  const httpServer = http.createServer();
  const wsCleanup = attachGraphQLWebSocket({
    httpServer,
    schema: await buildAppSchema(pubSub),
    logger,
    allowedOrigins: [],
    secureCookies: false,
    trustProxy: () => false,
    rateLimiter: deps.rateLimiter,
    requestsPerMinute: 1_000_000,
    introspection: 'signed-in',
    responseMaxBytes: 1024 * 1024,
    subscriptionAccessCacheMs: 1_500,
    contextSource: { rootEm: orm.em, deps },
    metrics: new AppMetrics(),
    accessDatabase: { url: databaseUrl },
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/graphql`,
    user,
    workspace,
    openSessions: async (count) => {
      const tokens: string[] = [];
      for (let i = 0; i < count; i += 1)
        tokens.push((await sessions.open(user, { rememberMe: true, client: { ip: null, userAgent: null } })).token);
      return tokens;
    },
    close: async () => {
      await wsCleanup.dispose();
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}
