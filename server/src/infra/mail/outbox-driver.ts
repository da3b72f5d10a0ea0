import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailDriver } from './mail-driver';
import type { OutgoingMail } from './mail-message';
import { OutboxMail } from './outbox-mail.entity';

/** Stores mail in the `mail_outbox` table, so the whole flow works with no mail server (see /dev/mail). */
export class OutboxDriver implements MailDriver {
  /** `em` is the app's root entity manager: each message gets a fork of its own. */
  constructor(private readonly em: EntityManager) {}

  async send(mail: OutgoingMail): Promise<void> {
    const em = this.em.fork();
    em.create(OutboxMail, { toAddress: mail.to, subject: mail.subject, html: mail.html, text: mail.text });
    await em.flush();
  }
}
