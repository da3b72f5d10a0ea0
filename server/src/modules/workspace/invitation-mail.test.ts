import { describe, expect, it } from 'vitest';
import { invitationMail } from './invitation-mail';
import { Role } from './role';

const input = {
  to: 'grace@example.com',
  workspaceName: 'Acme',
  inviterName: 'Ada',
  role: Role.ADMIN,
  acceptUrl: 'https://askbase.example.com/invite/tok_123-abc',
  expiresAt: new Date('2026-12-04T10:30:00Z'),
};

describe('invitationMail', () => {
  it('says who invited whom to what, with the accept link as a button and spelled out', () => {
    const mail = invitationMail(input);
    expect(mail.to).toBe('grace@example.com');
    expect(mail.subject).toBe('Ada invited you to Acme on Askbase');
    expect(mail.html).toContain('<strong>Ada</strong> invited you to join the workspace <strong>Acme</strong> as an admin.');
    expect(mail.html.match(/href="https:\/\/askbase\.example\.com\/invite\/tok_123-abc"/g)).toHaveLength(2);
    expect(mail.html).toContain('Accept the invitation');
    expect(mail.html).toContain('December 4, 2026 at 10:30 AM UTC');
  });

  it('has a plain-text version with the URL on a line of its own', () => {
    const { text } = invitationMail({ ...input, role: Role.VIEWER });
    expect(text).toContain('Ada invited you to join the workspace "Acme" on Askbase as a viewer.');
    expect(text.split('\n')).toContain('https://askbase.example.com/invite/tok_123-abc');
    expect(text).toContain('expires on December 4, 2026 at 10:30 AM UTC');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('escapes a hostile workspace or inviter name in the HTML', () => {
    const mail = invitationMail({ ...input, workspaceName: '<script>alert(1)</script>', inviterName: '"Ada" <b>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&quot;Ada&quot; &lt;b&gt;');
    // The subject and text are not HTML: they carry the name as typed.
    expect(mail.subject).toBe('"Ada" <b> invited you to <script>alert(1)</script> on Askbase');
  });

  it('keeps the subject on one line whatever the names hold', () => {
    const mail = invitationMail({ ...input, workspaceName: 'Acme\r\nBcc: someone@example.com' });
    expect(mail.subject).toBe('Ada invited you to Acme Bcc: someone@example.com on Askbase');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => invitationMail({ ...input, acceptUrl: 'javascript:alert(1)' })).toThrow(/http\(s\) URLs/);
  });
});
