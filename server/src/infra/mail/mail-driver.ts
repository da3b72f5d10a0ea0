import type { OutgoingMail } from './mail-message';

/**
 * Where mail goes: SMTP in production, the PostgreSQL outbox (shown at /dev/mail) otherwise. Throwing means "not
 * delivered": the mail job fails and is retried. Delivery is at least once: a job whose completion is lost after a
 * successful send runs again.
 */
export interface MailDriver {
  send(mail: OutgoingMail): Promise<void>;
}
