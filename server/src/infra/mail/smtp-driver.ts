import nodemailer from 'nodemailer';
import type { MailDriver } from './mail-driver';
import type { OutgoingMail } from './mail-message';

/**
 * Sends through the SMTP server in SMTP_URL (`smtp://` upgrades with STARTTLS when offered, `smtps://` is TLS from
 * the start; nodemailer reads options such as `?ignoreTLS=true` from the URL's query). One connection per message:
 * mail volume is low and nothing stays open between jobs.
 */
export class SmtpDriver implements MailDriver {
  private readonly transport: ReturnType<typeof nodemailer.createTransport>;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      // nodemailer's defaults wait minutes on a dead server; a job should fail fast and be retried instead.
      // (What the URL's query sets wins over these.)
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text });
  }
}
