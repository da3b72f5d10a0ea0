import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue, SendOptions } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import type { MailDriver } from './mail-driver';
import type { OutgoingMail } from './mail-message';

export const SEND_MAIL_JOB = 'send-mail';

export type MailRetryPolicy = Required<Pick<SendOptions, 'retryLimit' | 'retryDelay' | 'retryBackoff'>>;

/**
 * Six attempts over roughly 5 to 10 minutes (10 s, then doubling with jitter): long enough to ride out an SMTP
 * server's restart, short enough that an invitation still arrives while the inviter waits for it.
 */
export const DEFAULT_MAIL_RETRY: MailRetryPolicy = { retryLimit: 5, retryDelay: 10, retryBackoff: true };

/** How use cases send mail: never directly, always through a durable job that commits with their transaction. */
export class Mailer {
  constructor(
    private readonly jobs: JobQueue,
    private readonly retry: MailRetryPolicy = DEFAULT_MAIL_RETRY,
  ) {}

  /**
   * Queues `mail` in `em`'s transaction: if the use case rolls back, no mail leaves; if it commits, a worker on any
   * instance delivers it, retrying on failure. Pass the transaction's `em` (the one `em.transactional` hands over).
   */
  async enqueue(em: EntityManager, mail: OutgoingMail): Promise<void> {
    const { to, subject, html, text } = mail;
    await this.jobs.send<OutgoingMail>(SEND_MAIL_JOB, { to, subject, html, text }, { em, ...this.retry, expireInSeconds: 5 * 60 });
  }
}

/** Delivers queued mail through the configured driver; a driver that throws makes pg-boss retry the job. */
export async function registerMailWorker(jobs: JobQueue, driver: MailDriver, logger: Logger): Promise<void> {
  await jobs.work<OutgoingMail>(SEND_MAIL_JOB, async (job) => {
    await driver.send(job.data);
    // The address stays out of the logs; the job id leads to it in the database when needed.
    logger.info({ job: { id: job.id, name: job.name } }, 'mail delivered');
  });
}
