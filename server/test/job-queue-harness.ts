import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../src/infra/db/mikro-orm.config';
import { createJobQueue, type JobQueue } from '../src/infra/jobs/job-queue';
import { createLogger, type Logger } from '../src/infra/logging/logger';
import { createTestDatabase, type TestDatabase } from './harness';

export const testLogger: Logger = createLogger({ logLevel: process.env.TEST_LOG_LEVEL === 'debug' ? 'debug' : 'silent', logPretty: false });

/** This test file's own database and ORM, without the HTTP app: for tests of the job queue and the mailer. */
export interface JobTestBed {
  database: TestDatabase;
  orm: MikroORM;
  /** A job queue on this database, polling every 0.5 s; stopped by close(). Start it after registering workers. */
  createJobs(): JobQueue;
  /** Rows of pg-boss's job table for one queue, oldest first. */
  jobsOf(name: string): Promise<Array<{ id: string; state: string; retry_count: number; data: Record<string, unknown> }>>;
  close(): Promise<void>;
}

export async function createJobTestBed(): Promise<JobTestBed> {
  const database = await createTestDatabase();
  const orm = await MikroORM.init(ormOptions(database.url, { pool: { min: 0, max: 4 } }));
  const queues: JobQueue[] = [];
  return {
    database,
    orm,
    createJobs: () => {
      const jobs = createJobQueue(database.url, testLogger, { pollingIntervalSeconds: 0.5 });
      queues.push(jobs);
      return jobs;
    },
    jobsOf: async (name) =>
      orm.em
        .fork()
        .getConnection()
        .execute('select id, state, retry_count, data from pgboss.job where name = ? order by created_on, id', [name]),
    close: async () => {
      await Promise.all(queues.map((jobs) => jobs.stop()));
      await orm.close();
      await database.drop();
    },
  };
}
