import { describe, expect, it } from 'vitest';
import { passwordChangedMail } from './password-changed';
import { passwordResetMail } from './password-reset';

describe('passwordResetMail', () => {
  const input = { to: 'ada@example.com', resetUrl: 'https://askbase.example.com/reset-password?token=abc_DEF-123', validForMinutes: 30 };

  it('carries the link as a button and spelled out, and says how long it works', () => {
    const mail = passwordResetMail(input);
    expect(mail.subject).toBe('Reset your Askbase password');
    expect(mail.html.match(/href="https:\/\/askbase\.example\.com\/reset-password\?token=abc_DEF-123"/g)).toHaveLength(2);
    expect(mail.text.split('\n')).toContain(input.resetUrl);
    expect(mail.text).toContain('for 30 minutes');
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => passwordResetMail({ ...input, resetUrl: 'javascript:alert(1)' })).toThrow(/http\(s\) URLs/);
  });
});

describe('passwordChangedMail', () => {
  const input = {
    to: 'ada@example.com',
    name: '<b>Ada</b>',
    how: 'changed' as const,
    forgotPasswordUrl: 'https://askbase.example.com/forgot-password',
    at: new Date('2026-12-04T10:30:00Z'),
  };

  it('says when, that other devices were signed out, and where to go if it was not them', () => {
    const mail = passwordChangedMail(input);
    expect(mail.subject).toBe('Your Askbase password was changed');
    expect(mail.text).toContain('changed on December 4, 2026 at 10:30 AM UTC');
    expect(mail.text).toContain('Every other device');
    expect(mail.text.split('\n')).toContain(input.forgotPasswordUrl);
    expect(mail.html).not.toContain('<b>Ada</b>');
    expect(mail.html).toContain('&lt;b&gt;Ada&lt;/b&gt;');
  });

  it('tells a reset apart from a change', () => {
    expect(passwordChangedMail({ ...input, how: 'reset' }).text).toContain('reset with an emailed link');
  });
});
