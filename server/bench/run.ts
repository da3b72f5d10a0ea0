import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { execute, type GraphQLSchema, parse } from 'graphql';
import { selectAnswerEngine } from '../src/copilot/engine/select-engine';
import { buildContext } from '../src/graphql/context';
import { buildAppSchema, buildBareSchema } from '../src/graphql/schema';
import { startEmbeddedPostgres } from '../src/infra/db/embedded-postgres';
import { runMigrations } from '../src/infra/db/migrate';
import { ormOptions } from '../src/infra/db/mikro-orm.config';
import { createJobQueue } from '../src/infra/jobs/job-queue';
import { createLogger } from '../src/infra/logging/logger';
import { Mailer } from '../src/infra/mail/mailer';
import { AccessEvents } from '../src/infra/pubsub/access-events';
import { createMemoryPubSub } from '../src/infra/pubsub/pubsub';
import { InFlightLimiter } from '../src/infra/rate-limit/in-flight-limiter';
import { FlexibleRateLimiter } from '../src/infra/rate-limit/rate-limiter';
import { createStripeClient } from '../src/infra/stripe/stripe-gateway';
import { User } from '../src/modules/account/user.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { SessionService } from '../src/modules/auth/session.service';
import { AnswerGenerator } from '../src/modules/copilot/answer-generator';
import { WorkspaceService } from '../src/modules/workspace/workspace.service';
import { benchCopilot } from './copilot';
import { benchRetrieval } from './retrieval';

/**
 * `npm run bench`: what the permission layer costs, and how retrieval scales (bench/retrieval.ts). The same `workspaces` query (50 workspaces with roles) runs
 * against the served schema (shield on every field) and the bare schema, interleaved in one process, and the
 * result is their ratio, so the number means the same on any machine.
 */
const WORKSPACES = parse('{ workspaces { id name slug viewerRole createdAt } }');
const ROUNDS = 300;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'askbase-bench-'));
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'bench' });
  try {
    await runMigrations(database.url);
    const orm = await MikroORM.init(ormOptions(database.url));
    const pubSub = createMemoryPubSub();
    // The query under test sends no mail: the queue is never started.
    const logger = createLogger({ logLevel: 'silent', logPretty: false });
    const jobs = createJobQueue(database.url, logger);
    const deps = {
      pubSub,
      rateLimiter: new FlexibleRateLimiter(null),
      authAttemptsPerMinute: 10,
      accountSlowdownMs: 2_000,
      mailer: new Mailer(jobs),
      jobs,
      appUrl: 'http://localhost:4000',
      // The query under test asks no question: the generator never runs.
      generator: new AnswerGenerator({ rootEm: orm.em, pubSub, engine: selectAnswerEngine({}), searchLanguage: 'english', logger }),
      searchLanguage: 'english',
      inFlight: new InFlightLimiter(3),
      embedder: undefined,
      // The benchmarked query never reaches Stripe: a client that would fail if it did.
      stripe: createStripeClient({ secretKey: 'sk_test_bench_never_used', emulatorUrl: 'http://127.0.0.1:9', maxNetworkRetries: 0 }),
      stripeSettings: {
        webhookSecret: 'whsec_bench',
        prices: { PRO: { MONTH: 'price_askbase_pro_month', YEAR: 'price_askbase_pro_year' } },
      },
      now: () => new Date(),
    };

    const em = orm.em.fork();
    const user = em.create(User, { email: 'bench@example.com', name: 'Bench', passwordHash: 'x' });
    await em.persist(user).flush();
    const access = new AccessEvents(pubSub);
    // The workspaces' Stripe customer jobs are not the benchmark's business: the queue is never started.
    const workspaces = new WorkspaceService(em, new AuditService(em), access, { ...jobs, send: async () => 'bench' });
    for (let i = 0; i < 50; i += 1) await workspaces.createOwned(em, user, { name: `Workspace ${i}` });
    const { token } = await new SessionService(em, access, new AuditService(em)).open(user, {
      rememberMe: true,
      client: { ip: null, userAgent: null },
    });

    const run = async (schema: GraphQLSchema) => {
      const contextValue = await buildContext({
        rootEm: orm.em,
        deps,
        token,
        client: { ip: null, userAgent: null },
        requestId: 'bench',
        sessionCookie: { set() {}, clear() {} },
      });
      const started = performance.now();
      const result = await execute({ schema, document: WORKSPACES, contextValue });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return performance.now() - started;
    };
    const served = await buildAppSchema(pubSub);
    const bare = await buildBareSchema(pubSub);
    const times = { served: [] as number[], bare: [] as number[] };
    for (let i = 0; i < ROUNDS; i += 1) {
      times.served.push(await run(served));
      times.bare.push(await run(bare));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const report = {
      benchmark: 'workspaces query, 50 rows: served schema (permissions) vs bare schema',
      rounds: ROUNDS,
      medianMs: { served: Number(median(times.served).toFixed(3)), bare: Number(median(times.bare).toFixed(3)) },
      ratio: Number((median(times.served) / median(times.bare)).toFixed(2)),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

    const small = await workspaces.createOwned(em, user, { name: 'Retrieval small' });
    const large = await workspaces.createOwned(em, user, { name: 'Retrieval large' });
    process.stdout.write(`${JSON.stringify(await benchRetrieval(orm.em.fork(), { small: small.id, large: large.id }), null, 2)}\n`);
    const copilot = await workspaces.createOwned(em, user, { name: 'Copilot 1,000 documents' });
    process.stdout.write(`${JSON.stringify(await benchCopilot(orm.em.fork(), copilot.id), null, 2)}\n`);
    await orm.close();
  } finally {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
