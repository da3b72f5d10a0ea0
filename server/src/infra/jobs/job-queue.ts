import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from '../logging/logger';
import { transactionExecutor } from './transaction-executor';

/** pg-boss keeps its tables in a schema of their own, next to the app's tables in the same database. */
export const JOB_SCHEMA = 'pgboss';

export interface Job<T> {
  id: string;
  name: string;
  data: T;
}

/** Handles one job. Throwing fails the job; pg-boss retries it as its options say, then marks it failed. */
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export interface SendOptions {
  /**
   * Enqueue through this entity manager's transaction (e.g. the `em` inside `em.transactional`): the job exists only
   * if that transaction commits, and workers see it only after the commit.
   */
  em?: EntityManager;
  /** Retries after the first failure. */
  retryLimit?: number;
  /** Seconds before a retry; with `retryBackoff`, the base of an exponential delay with jitter. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Seconds a running job may take before pg-boss fails it (and retries it). */
  expireInSeconds?: number;
  /** Seconds to wait before the job may run. */
  startAfter?: number;
}

export interface JobQueueOptions {
  /** How often an idle worker looks for jobs. pg-boss's minimum is 0.5; tests use it to stay quick. */
  pollingIntervalSeconds?: number;
  /** Jobs a worker takes per fetch; they run concurrently and succeed or fail one by one. */
  batchSize?: number;
  /** How long stop() waits for running jobs before failing them (they are retried elsewhere). */
  stopTimeoutMs?: number;
}

/** Durable background jobs in PostgreSQL. Any number of app instances can share one database: jobs are claimed with SKIP LOCKED. */
export interface JobQueue {
  /** Installs or upgrades pg-boss's schema (under its own lock), creates the queues of registered workers, starts them. */
  start(): Promise<void>;
  /** Stops fetching, waits for running jobs (up to a timeout), closes the pool. */
  stop(): Promise<void>;
  /** Queues a job and returns its id. The queue must exist: register a worker for it (here or on another instance). */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string>;
  /** Registers the handler of a queue; before start() it waits for it, after start() it runs at once. */
  work<T extends object>(name: string, handler: JobHandler<T>): Promise<void>;
  /** Jobs waiting (created or to retry) in each queue this instance works, for the metrics. */
  depths(): Promise<Record<string, number>>;
  /**
   * Sends `name` on a cron schedule (UTC), once per tick across all instances (pg-boss's cron lock). Register the
   * queue's worker first; before start() it waits for it.
   */
  schedule(name: string, cron: string): Promise<void>;
}

const DEFAULTS = { pollingIntervalSeconds: 2, batchSize: 5, stopTimeoutMs: 10_000 };
/** PostgreSQL's admin_shutdown: "terminating connection due to administrator command". */
const ADMIN_SHUTDOWN = '57P01';

/** PostgreSQL's "deadlock detected": one of the transactions was chosen as the victim and may simply run again. */
const DEADLOCK_DETECTED = '40P01';
const CREATE_QUEUE_ATTEMPTS = 5;

/**
 * Two instances starting together on a new database both create every queue at once, and pg-boss's create_queue
 * (an insert plus a partition per queue) then deadlocks (seen in test/ops/scale-out.int.test.ts): the victim waits a
 * moment and tries again, by which time the other has made the queue and the insert does nothing.
 */
async function createQueueRetryingDeadlocks(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await boss.createQueue(name);
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== DEADLOCK_DETECTED || attempt >= CREATE_QUEUE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

export function createJobQueue(databaseUrl: string, logger: Logger, options: JobQueueOptions = {}): JobQueue {
  const settings = { ...DEFAULTS, ...options };
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_SCHEMA,
    // Sends inside transactions use the ORM's connections; this pool only polls, completes and maintains.
    max: 4,
    // Cron schedules (billing reconcile): pg-boss checks the clock skew between instances for them.
    schedule: true,
  });
  const handlers = new Map<string, JobHandler<object>>();
  const schedules = new Map<string, string>();
  let started = false;
  let stopping = false;

  // An unhandled 'error' event would crash the process; pg-boss reports pool and worker errors here. Once stop() has
  // begun, PostgreSQL ending one of the queue's connections (57P01, as the embedded one does when it stops right after)
  // is the shutdown, not a fault: pg-pool's end() resolves once it has asked its connections to close, before they
  // have, and a connection still closing hears the server's "terminating connection" as an error.
  boss.on('error', (error) => {
    if (stopping && (error as { code?: string }).code === ADMIN_SHUTDOWN)
      logger.debug({ err: error }, 'job queue connection ended by the shutdown');
    else logger.error({ err: error }, 'job queue error');
  });

  const startWorker = async (name: string, handler: JobHandler<object>) => {
    await createQueueRetryingDeadlocks(boss, name);
    await boss.work<object>(
      name,
      { pollingIntervalSeconds: settings.pollingIntervalSeconds, batchSize: settings.batchSize },
      async (jobs) => {
        const outcomes = await Promise.allSettled(jobs.map((job) => handler(job)));
        const failed = jobs.flatMap((job, index) => {
          const outcome = outcomes[index];
          return outcome?.status === 'rejected' ? [{ job, error: outcome.reason as unknown }] : [];
        });
        for (const { job, error } of failed) {
          logger.warn({ err: error, job: { id: job.id, name } }, 'job failed; pg-boss retries it while its retry limit allows');
          // Failing each job here keeps its neighbours in the batch: pg-boss then completes only the jobs still active.
          await boss.fail(name, job.id, error instanceof Error ? error : { message: String(error) });
        }
      },
    );
  };

  return {
    async start() {
      await boss.start();
      started = true;
      for (const [name, handler] of handlers) await startWorker(name, handler);
      for (const [name, cron] of schedules) await boss.schedule(name, cron);
    },

    async stop() {
      if (!started) return;
      started = false;
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: settings.stopTimeoutMs });
    },

    async send(name, data, { em, ...jobOptions } = {}) {
      const db = em ? transactionExecutor(em) : undefined;
      const id = await boss.send(name, data, { ...jobOptions, ...(db ? { db } : {}) });
      // pg-boss 10 inserts through a join on its queue table: an unknown queue silently yields no job at all.
      if (!id) throw new Error(`Job "${name}" was not queued: no queue has that name (a worker registration creates it).`);
      return id;
    },

    async work(name, handler) {
      if (handlers.has(name)) throw new Error(`Queue "${name}" already has a handler.`);
      const untyped = handler as JobHandler<object>;
      handlers.set(name, untyped);
      if (started) await startWorker(name, untyped);
    },

    async depths() {
      if (!started) return {};
      const names = [...handlers.keys()];
      const sizes = await Promise.all(names.map((name) => boss.getQueueSize(name)));
      return Object.fromEntries(names.map((name, index) => [name, sizes[index] ?? 0]));
    },

    async schedule(name, cron) {
      schedules.set(name, cron);
      if (started) await boss.schedule(name, cron);
    },
  };
}
