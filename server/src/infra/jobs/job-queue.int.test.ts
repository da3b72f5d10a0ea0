import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobTestBed, type JobTestBed } from '../../../test/job-queue-harness';
import { waitFor } from '../../../test/wait-for';
import { createLogger } from '../logging/logger';
import { createJobQueue, type Job, type JobQueue } from './job-queue';

interface Note {
  text: string;
  fail?: boolean;
}

let bed: JobTestBed;
let jobs: JobQueue;
const handled: Job<Note>[] = [];

beforeAll(async () => {
  bed = await createJobTestBed();
  jobs = bed.createJobs();
  await jobs.work<Note>('note', async (job) => {
    if (job.data.fail) throw new Error(`refusing ${job.data.text}`);
    handled.push(job);
  });
  await jobs.work<Note>('parked', async () => {
    throw new Error('parked jobs are only counted, never handled successfully');
  });
  await jobs.start();
});
afterAll(async () => {
  await bed?.close();
});

const handledText = (text: string) => handled.find((job) => job.data.text === text);

describe('the job queue', () => {
  it('runs a job sent outside any transaction', async () => {
    const id = await jobs.send<Note>('note', { text: 'plain' });
    const job = await waitFor(() => handledText('plain'), { description: 'the plain job' });
    expect(job).toMatchObject({ id, name: 'note', data: { text: 'plain' } });
  });

  it("enqueues through the caller's transaction: invisible outside it, gone when it rolls back", async () => {
    const failure = new Error('the use case failed after queueing');
    await expect(
      bed.orm.em.fork().transactional(async (tx) => {
        const id = await jobs.send<Note>('note', { text: 'rolled back' }, { em: tx });
        const inside = await tx.execute<Array<{ id: string }>>('select id from pgboss.job where id = ?', [id]);
        expect(inside).toHaveLength(1);
        // Another connection (pg-boss's own pool, the workers) does not see it before the commit.
        expect((await bed.jobsOf('note')).map((job) => job.id)).not.toContain(id);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect((await bed.jobsOf('note')).filter((job) => job.data.text === 'rolled back')).toEqual([]);
  });

  it('runs a job sent in a transaction once that transaction commits', async () => {
    const id = await bed.orm.em.fork().transactional((tx) => jobs.send<Note>('note', { text: 'committed' }, { em: tx }));
    const job = await waitFor(() => handledText('committed'), { description: 'the committed job' });
    expect(job.id).toBe(id);
    await waitFor(async () => (await bed.jobsOf('note')).find((row) => row.id === id && row.state === 'completed'), {
      description: 'the job marked completed',
    });
  });

  it('passes job data to PostgreSQL as parameters, question marks and quotes included', async () => {
    const text = `what's "this"? ?? $1 \\? '); drop table mail_outbox; --`;
    const id = await bed.orm.em.fork().transactional((tx) => jobs.send<Note>('note', { text }, { em: tx }));
    const job = await waitFor(() => handledText(text), { description: 'the job with awkward text' });
    expect(job.id).toBe(id);
  });

  it('fails only the job that throws, not the others fetched in the same batch', async () => {
    // One transaction: the three become visible together, so one fetch takes them all.
    const ids = await bed.orm.em
      .fork()
      .transactional(async (tx) => [
        await jobs.send<Note>('note', { text: 'batch 1' }, { em: tx }),
        await jobs.send<Note>('note', { text: 'batch 2', fail: true }, { em: tx, retryLimit: 0 }),
        await jobs.send<Note>('note', { text: 'batch 3' }, { em: tx }),
      ]);
    const states = await waitFor(
      async () => {
        const rows = (await bed.jobsOf('note')).filter((row) => ids.includes(row.id));
        const settled = rows.length === 3 && rows.every((row) => row.state === 'completed' || row.state === 'failed');
        return settled && rows.map((row) => [row.data.text, row.state]).sort();
      },
      { description: 'the batch settled' },
    );
    expect(states).toEqual([
      ['batch 1', 'completed'],
      ['batch 2', 'failed'],
      ['batch 3', 'completed'],
    ]);
  });

  it('retries a failed job as its options say, then marks it failed', async () => {
    const id = await jobs.send('parked', { text: 'never' }, { retryLimit: 1, retryDelay: 0 });
    const row = await waitFor(async () => (await bed.jobsOf('parked')).find((job) => job.id === id && job.state === 'failed'), {
      description: 'the job failed for good',
    });
    expect(row.retry_count).toBe(1);
  });

  it('refuses to send to a queue that no worker created, instead of dropping the job', async () => {
    await expect(jobs.send('nobody-works-here', { text: 'lost?' })).rejects.toThrow(/no queue has that name/);
  });

  it('does not report as an error a connection PostgreSQL ends while the queue stops (its own shutdown)', async () => {
    const lines: Array<{ level: number; msg: string; err?: { code?: string } }> = [];
    const logger = createLogger({ logLevel: 'debug', logPretty: false }, { write: (line: string) => lines.push(JSON.parse(line)) });
    // Its own application name, so that only its connections are ended, not those of the suite's queue.
    const url = new URL(bed.database.url);
    url.searchParams.set('application_name', 'pgboss-stopping');
    const queue = createJobQueue(url.toString(), logger, { pollingIntervalSeconds: 0.5, stopTimeoutMs: 10_000 });
    // A job still running keeps stop() waiting with the pool open, so the connections are there to be ended: without
    // it the pool could close them all before PostgreSQL ends any, and nothing would be heard (a race seen in CI).
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let running = false;
    await queue.work('stopping', async () => {
      running = true;
      await held;
    });
    await queue.start();
    await queue.send('stopping', { text: 'hold the stop' });
    await waitFor(() => running, { description: 'the job holding the stop' });
    const stopped = queue.stop();
    // What a PostgreSQL stopping right after the app does to the queue's connections while it stops.
    const terminated = await bed.orm.em
      .fork()
      .getConnection()
      .execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'pgboss-stopping'");
    expect(terminated.length).toBeGreaterThan(0);
    // Every ended connection heard before the job completes: pg-boss completes a job without awaiting it, and a
    // completion sent on a connection still being ended would be an unhandled rejection (pg-boss 10's, not ours).
    const ended = await waitFor(
      () => {
        const heard = lines.filter((line) => line.err?.code === '57P01');
        return heard.length >= terminated.length && heard[0];
      },
      { description: 'the ended connections' },
    );
    release();
    await stopped;
    expect(ended).toMatchObject({ level: 20, msg: 'job queue connection ended by the shutdown' });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('refuses a second handler for the same queue', async () => {
    await expect(jobs.work('note', async () => undefined)).rejects.toThrow(/already has a handler/);
  });
});
