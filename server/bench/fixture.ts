import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { selectAnswerEngine } from '../src/copilot/engine/select-engine';
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
import { Membership } from '../src/modules/workspace/membership.entity';
import { Role } from '../src/modules/workspace/role';
import { WorkspaceService } from '../src/modules/workspace/workspace.service';
import type { AppDeps } from '../src/services';

/** Rows in the list the permission benchmark reads (issue 13, item 2). */
export const LIST_ROWS = 1_000;
/** Members of the workspace the authenticated HTTP benchmark reads: one page of the members list. */
export const TEAM_MEMBERS = 20;

/** The database every benchmark reads, and the people and workspaces in it. */
export interface BenchFixture {
  databaseUrl: string;
  orm: MikroORM;
  /** In-process wiring for benchmarks that call the schema or services directly (no HTTP). */
  deps: AppDeps;
  /** Owns LIST_ROWS workspaces: the permission benchmark lists them. */
  listViewer: { token: string };
  /** Owns a workspace of TEAM_MEMBERS members: the authenticated HTTP benchmark reads it. */
  teamViewer: { token: string; workspaceSlug: string };
  /** Creates an empty workspace for a benchmark that seeds its own data (retrieval, copilot). */
  createWorkspace(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A throw-away embedded PostgreSQL, migrated and seeded. Nothing here sends mail or calls Stripe: the job queue is
 * never started and workspace creation's Stripe customer job is dropped, so no background work skews the figures.
 */
export async function createBenchFixture(): Promise<BenchFixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'askbase-bench-'));
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'bench' });
  try {
    await runMigrations(database.url);
    const orm = await MikroORM.init(ormOptions(database.url));
    const pubSub = createMemoryPubSub();
    const logger = createLogger({ logLevel: 'silent', logPretty: false });
    const jobs = createJobQueue(database.url, logger);
    const deps: AppDeps = {
      pubSub,
      rateLimiter: new FlexibleRateLimiter(null),
      authAttemptsPerMinute: 10,
      accountSlowdownMs: 2_000,
      mailer: new Mailer(jobs),
      jobs,
      appUrl: 'http://localhost:4000',
      // The benchmarked queries ask no question: the generator never runs.
      generator: new AnswerGenerator({ rootEm: orm.em, pubSub, engine: selectAnswerEngine({}), searchLanguage: 'english', logger }),
      searchLanguage: 'english',
      inFlight: new InFlightLimiter(3),
      embedder: undefined,
      // The benchmarked queries never reach Stripe: a client that would fail if they did.
      stripe: createStripeClient({ secretKey: 'sk_test_bench_never_used', emulatorUrl: 'http://127.0.0.1:9', maxNetworkRetries: 0 }),
      stripeSettings: {
        webhookSecret: 'whsec_bench',
        prices: { PRO: { MONTH: 'price_askbase_pro_month', YEAR: 'price_askbase_pro_year' } },
      },
      now: () => new Date(),
    };
    const em = orm.em.fork();
    const access = new AccessEvents(pubSub);
    const workspaces = new WorkspaceService(em, new AuditService(em), access, { ...jobs, send: async () => 'bench' });
    const sessions = new SessionService(em, access, new AuditService(em));
    const openSession = async (user: User) =>
      (await sessions.open(user, { rememberMe: true, client: { ip: null, userAgent: 'askbase-bench' } })).token;

    const listUser = em.create(User, { email: 'list@example.com', name: 'List Viewer', passwordHash: 'x' });
    const teamOwner = em.create(User, { email: 'owner@example.com', name: 'Team Owner', passwordHash: 'x' });
    await em.persist([listUser, teamOwner]).flush();
    // One statement for the 1,000 rows: creating them one by one would take longer than the benchmark.
    await em.getConnection().execute(
      `with created as (
         insert into workspaces (id, name, slug, created_at, updated_at)
         select gen_random_uuid(), 'Workspace ' || n, 'bench-list-' || n, now(), now() from generate_series(1, ?) as n
         returning id
       )
       insert into memberships (id, workspace_id, user_id, role, created_at)
       select gen_random_uuid(), created.id, ?, 'OWNER', now() from created`,
      [LIST_ROWS, listUser.id],
    );
    const team = await workspaces.createOwned(em, teamOwner, { name: 'Bench team' });
    for (let i = 1; i < TEAM_MEMBERS; i += 1) {
      const member = em.create(User, { email: `member-${i}@example.com`, name: `Member ${i}`, passwordHash: 'x' });
      em.persist([member, em.create(Membership, { workspace: team, user: member, role: i < 3 ? Role.ADMIN : Role.MEMBER })]);
    }
    await em.flush();
    const listViewer = { token: await openSession(listUser) };
    const teamViewer = { token: await openSession(teamOwner), workspaceSlug: team.slug };
    await em.getConnection().execute('analyze');

    return {
      databaseUrl: database.url,
      orm,
      deps,
      listViewer,
      teamViewer,
      createWorkspace: async (name) => (await workspaces.createOwned(orm.em.fork(), teamOwner, { name })).id,
      close: async () => {
        await orm.close();
        await database.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
