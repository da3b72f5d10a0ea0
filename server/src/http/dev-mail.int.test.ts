import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_STRIPE_ENV, startTestApp, type TestApp } from '../../test/harness';
import { invitationMail } from '../modules/workspace/invitation-mail';
import { Role } from '../modules/workspace/role';

let app: TestApp;
const older = { id: randomUUID(), to: 'older@example.com', subject: 'Older message', html: '<p>old</p>', text: 'old' };
const invitation = {
  id: randomUUID(),
  ...invitationMail({
    to: 'grace@example.com',
    workspaceName: '<script>alert(1)</script>',
    inviterName: 'Ada',
    role: Role.MEMBER,
    acceptUrl: 'http://localhost:4000/invite/tok_abc123',
    expiresAt: new Date('2026-12-04T10:30:00Z'),
  }),
};

beforeAll(async () => {
  app = await startTestApp();
  for (const [mail, createdAt] of [
    [older, '2026-11-27T09:00:00Z'],
    [invitation, '2026-11-27T10:00:00Z'],
  ] as const) {
    await app.sql('insert into mail_outbox (id, to_address, subject, html, text, created_at) values (?, ?, ?, ?, ?, ?)', [
      mail.id,
      mail.to,
      mail.subject,
      mail.html,
      mail.text,
      createdAt,
    ]);
  }
});
afterAll(async () => {
  await app?.close();
});

const page = async (path: string, baseUrl = app.url) => {
  const response = await fetch(`${baseUrl}${path}`, { headers: { accept: 'text/html' } });
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, body: await response.text() };
};

describe('/dev/mail outside production', () => {
  it('lists captured mail newest first with recipient, subject and time, everything escaped', async () => {
    const { status, type, headers, body } = await page('/dev/mail');
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toContain('No SMTP_URL is set');
    expect(body.indexOf(`/dev/mail/${invitation.id}`)).toBeGreaterThan(-1);
    expect(body.indexOf(`/dev/mail/${invitation.id}`)).toBeLessThan(body.indexOf(`/dev/mail/${older.id}`));
    expect(body).toContain('Ada invited you to &lt;script&gt;alert(1)&lt;/script&gt; on Askbase');
    expect(body).toContain('grace@example.com');
    expect(body).toContain('2026-11-27 10:00:00');
    expect(body).not.toMatch(/<script/i);
  });

  it("shows one message's HTML with its links clickable, a way back and a switch to the plain text", async () => {
    const { status, headers, body } = await page(`/dev/mail/${invitation.id}`);
    expect(status).toBe(200);
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(body).toContain('<a href="/dev/mail">');
    expect(body).toContain(`href="/dev/mail/${invitation.id}?format=text"`);
    expect(body).toContain('href="http://localhost:4000/invite/tok_abc123"');
    expect(body).toContain('Accept the invitation');
    expect(body).not.toMatch(/<script/i);
    // Only the message's body is embedded: one document, not one inside another.
    expect(body.match(/<html/gi)).toHaveLength(1);
  });

  it('shows the plain-text version with its URLs as links', async () => {
    const { status, body } = await page(`/dev/mail/${invitation.id}?format=text`);
    expect(status).toBe(200);
    expect(body).toContain('<pre class="mail-text">');
    expect(body).toContain('<a href="http://localhost:4000/invite/tok_abc123">http://localhost:4000/invite/tok_abc123</a>');
    expect(body).toContain('to join the workspace &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
    expect(body).toContain(`href="/dev/mail/${invitation.id}"`);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await page(`/dev/mail/${randomUUID()}`)).status).toBe(404);
    expect((await page('/dev/mail/not-a-uuid')).status).toBe(404);
  });
});

describe('/dev/mail with SMTP configured', () => {
  it('says that mail goes to the SMTP server instead', async () => {
    const smtpApp = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    try {
      const { status, body } = await page('/dev/mail', smtpApp.url);
      expect(status).toBe(200);
      expect(body).toContain('SMTP_URL is set: mail goes to that SMTP server and is not captured here.');
    } finally {
      await smtpApp.close();
    }
  });
});

describe('/dev/mail in production', () => {
  it('does not exist, for the list or a message, even for a browser', async () => {
    const production = await startTestApp({ NODE_ENV: 'production', ...PRODUCTION_STRIPE_ENV });
    try {
      await production.sql('insert into mail_outbox (id, to_address, subject, html, text, created_at) values (?, ?, ?, ?, ?, now())', [
        invitation.id,
        invitation.to,
        invitation.subject,
        invitation.html,
        invitation.text,
      ]);
      for (const path of ['/dev/mail', `/dev/mail/${invitation.id}`, `/dev/mail/${invitation.id}?format=text`]) {
        const { status, body } = await page(path, production.url);
        expect(status, path).toBe(404);
        expect(body, path).not.toContain('tok_abc123');
      }
    } finally {
      await production.close();
    }
  });
});
