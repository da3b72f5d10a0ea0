import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationMail } from '../../modules/workspace/invitation-mail';
import { Role } from '../../modules/workspace/role';
import { SmtpDriver } from './smtp-driver';

const received: ParsedMail[] = [];
const REFUSED = 'nobody@example.com';

// A real SMTP server in this process on a free loopback port: no STARTTLS certificate games, no authentication.
const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disableReverseLookup: true,
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address === REFUSED) callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    else callback();
  },
  onData(stream, _session, callback) {
    simpleParser(stream).then(
      (mail) => {
        received.push(mail);
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
let smtpUrl: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  // The server offers STARTTLS with a self-signed certificate; the URL tells nodemailer to stay in plain text.
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}/?ignoreTLS=true`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('SmtpDriver', () => {
  it('sends the HTML and plain-text versions from MAIL_FROM to the recipient', async () => {
    const mail = invitationMail({
      to: 'grace@example.com',
      workspaceName: 'Acmé & Co',
      inviterName: 'Ada Lovelace',
      role: Role.MEMBER,
      acceptUrl: 'http://localhost:4000/invite/tok_abc',
      expiresAt: new Date('2026-12-04T10:30:00Z'),
    });
    await new SmtpDriver(smtpUrl, 'Askbase <no-reply@askbase.example.com>').send(mail);

    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message?.from?.value).toEqual([{ name: 'Askbase', address: 'no-reply@askbase.example.com' }]);
    const to = Array.isArray(message?.to) ? message?.to[0] : message?.to;
    expect(to?.value).toEqual([{ name: '', address: 'grace@example.com' }]);
    expect(message?.subject).toBe('Ada Lovelace invited you to Acmé & Co on Askbase');
    expect(message?.html).toBe(mail.html);
    expect(message?.text).toBe(mail.text);
    expect(message?.text).toContain('http://localhost:4000/invite/tok_abc');
  });

  it('rejects when the server refuses the recipient, so the mail job fails and is retried', async () => {
    const driver = new SmtpDriver(smtpUrl, 'no-reply@askbase.example.com');
    await expect(driver.send({ to: REFUSED, subject: 'Hi', html: '<p>Hi</p>', text: 'Hi' })).rejects.toThrow(/Mailbox unavailable/);
  });

  it('rejects when no server listens', async () => {
    const driver = new SmtpDriver('smtp://127.0.0.1:1/?ignoreTLS=true', 'no-reply@askbase.example.com');
    await expect(driver.send({ to: 'grace@example.com', subject: 'Hi', html: '<p>Hi</p>', text: 'Hi' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
