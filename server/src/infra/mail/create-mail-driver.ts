import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config/env';
import type { MailDriver } from './mail-driver';
import { OutboxDriver } from './outbox-driver';
import { SmtpDriver } from './smtp-driver';

/** SMTP when SMTP_URL is set; otherwise the PostgreSQL outbox, readable at /dev/mail outside production. */
export function createMailDriver(mail: Config['mail'], rootEm: EntityManager): MailDriver {
  return mail.smtpUrl ? new SmtpDriver(mail.smtpUrl, mail.from) : new OutboxDriver(rootEm);
}
