import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJobTestBed, type JobTestBed, testLogger } from '../../../test/job-queue-harness';
import { waitFor } from '../../../test/wait-for';
import type { JobQueue } from '../jobs/job-queue';
import type { MailDriver } from './mail-driver';
import type { OutgoingMail } from './mail-message';
import { Mailer, type MailRetryPolicy, registerMailWorker, SEND_MAIL_JOB } from './mailer';
import { OutboxDriver } from './outbox-driver';
import { OutboxMail } from './outbox-mail.entity';

let bed: JobTestBed;
let jobs: JobQueue | undefined;

beforeAll(async () => {
  bed = await createJobTestBed();
});
afterEach(async () => {
  // Each test runs its own worker (its own driver): the previous one must not pick up the next test's jobs.
  await jobs?.stop();
  jobs = undefined;
});
afterAll(async () => {
  await bed?.close();
});

/** A started queue whose mail worker delivers through `driver`, and a Mailer sending to it. */
async function mailerWith(driver: MailDriver, retry?: MailRetryPolicy): Promise<Mailer> {
  jobs = bed.createJobs();
  await registerMailWorker(jobs, driver, testLogger);
  await jobs.start();
  return new Mailer(jobs, retry);
}

const message = (label: string): OutgoingMail => ({
  to: `${label}-${randomBytes(4).toString('hex')}@example.com`,
  subject: `Subject ${label}`,
  html: `<p>${label}</p>`,
  text: label,
});

const outboxFor = (to: string) => bed.orm.em.fork().find(OutboxMail, { toAddress: to });
const mailJobsTo = async (to: string) => (await bed.jobsOf(SEND_MAIL_JOB)).filter((job) => job.data.to === to);

/** Fails the first `failures` deliveries, then hands mail to the outbox. */
class FlakyDriver implements MailDriver {
  attempts = 0;
  constructor(
    private readonly failures: number,
    private readonly delegate: MailDriver,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    this.attempts += 1;
    if (this.attempts <= this.failures) throw new Error(`SMTP said no (attempt ${this.attempts})`);
    await this.delegate.send(mail);
  }
}

// Retries at once, so the tests wait for the worker's next poll (0.5 s) rather than for a back-off.
const QUICK_RETRY: MailRetryPolicy = { retryLimit: 2, retryDelay: 0, retryBackoff: false };

describe('Mailer', () => {
  it('queues nothing and sends nothing when the transaction rolls back', async () => {
    const mailer = await mailerWith(new OutboxDriver(bed.orm.em));
    const rolledBack = message('rolled-back');
    await expect(
      bed.orm.em.fork().transactional(async (tx) => {
        await mailer.enqueue(tx, rolledBack);
        throw new Error('the invitation could not be saved');
      }),
    ).rejects.toThrow('the invitation could not be saved');
    expect(await mailJobsTo(rolledBack.to)).toEqual([]);

    // A mail queued after it is delivered: had the first one been queued, the same worker would have delivered it too.
    const committed = message('after-rollback');
    await bed.orm.em.fork().transactional((tx) => mailer.enqueue(tx, committed));
    await waitFor(async () => (await outboxFor(committed.to)).length > 0, { description: 'the committed mail in the outbox' });
    expect(await outboxFor(rolledBack.to)).toEqual([]);
  });

  it('delivers mail queued in a committed transaction to the outbox through the worker', async () => {
    const mailer = await mailerWith(new OutboxDriver(bed.orm.em));
    const mail = message('committed');
    await bed.orm.em.fork().transactional((tx) => mailer.enqueue(tx, mail));

    const [stored] = await waitFor(
      async () => {
        const rows = await outboxFor(mail.to);
        return rows.length > 0 && rows;
      },
      { description: 'the mail in the outbox' },
    );
    expect(stored).toMatchObject({ toAddress: mail.to, subject: mail.subject, html: mail.html, text: mail.text });
    expect(stored?.createdAt).toBeInstanceOf(Date);
    const [job] = await mailJobsTo(mail.to);
    expect(job).toMatchObject({ data: mail });
  });

  it("queues mail in the caller's transaction with five retries and exponential back-off by default", async () => {
    const queued: unknown[][] = [];
    const recordingJobs = { send: async (...args: unknown[]) => void queued.push(args) } as unknown as JobQueue;
    const em = bed.orm.em.fork();
    await new Mailer(recordingJobs).enqueue(em, message('defaults'));
    expect(queued).toEqual([
      [
        SEND_MAIL_JOB,
        expect.objectContaining({ subject: 'Subject defaults' }),
        expect.objectContaining({ em, retryLimit: 5, retryBackoff: true }),
      ],
    ]);
  });

  it('retries a delivery that failed, and delivers once', async () => {
    const flaky = new FlakyDriver(1, new OutboxDriver(bed.orm.em));
    const mailer = await mailerWith(flaky, QUICK_RETRY);
    const mail = message('flaky');
    await bed.orm.em.fork().transactional((tx) => mailer.enqueue(tx, mail));

    const [job] = await waitFor(
      async () => {
        const rows = await mailJobsTo(mail.to);
        return rows[0]?.state === 'completed' && rows;
      },
      { description: 'the mail job completed' },
    );
    expect(job?.retry_count).toBe(1);
    expect(flaky.attempts).toBe(2);
    expect(await outboxFor(mail.to)).toHaveLength(1);
  });

  it('gives up after the retry limit and marks the job failed', async () => {
    const broken = new FlakyDriver(Number.POSITIVE_INFINITY, new OutboxDriver(bed.orm.em));
    const mailer = await mailerWith(broken, { ...QUICK_RETRY, retryLimit: 1 });
    const mail = message('broken');
    await bed.orm.em.fork().transactional((tx) => mailer.enqueue(tx, mail));

    const [job] = await waitFor(
      async () => {
        const rows = await mailJobsTo(mail.to);
        return rows[0]?.state === 'failed' && rows;
      },
      { description: 'the mail job failed for good' },
    );
    expect(job?.retry_count).toBe(1);
    expect(broken.attempts).toBe(2);
    expect(await outboxFor(mail.to)).toEqual([]);
  });
});
