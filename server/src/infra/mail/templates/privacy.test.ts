import { describe, expect, it } from 'vitest';
import { accountDeletedMail } from './account-deleted';
import { dataExportReadyMail } from './data-export-ready';

describe('dataExportReadyMail', () => {
  const input = {
    to: 'ada@example.com',
    name: '<b>Ada</b>',
    downloadUrl: 'https://askbase.example.com/data-exports/7d3c2c1e-2f1a-4a59-9d1b-3f1f1f1f1f1f/download',
    accountUrl: 'https://askbase.example.com/account/privacy',
    expiresAt: new Date('2026-12-08T10:30:00Z'),
  };

  it('carries the link, says until when and that it needs the signed-in browser, and escapes the name', () => {
    const mail = dataExportReadyMail(input);
    expect(mail.subject).toBe('Your Askbase data export is ready');
    expect(mail.text.split('\n')).toContain(input.downloadUrl);
    expect(mail.html).toContain(`href="${input.downloadUrl}"`);
    expect(mail.text).toContain('until December 8, 2026 at 10:30 AM UTC');
    expect(mail.text).toContain('only while you are signed in');
    expect(mail.html).not.toContain('<b>Ada</b>');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => dataExportReadyMail({ ...input, downloadUrl: 'javascript:alert(1)' })).toThrow(/http\(s\) URLs/);
  });
});

describe('accountDeletedMail', () => {
  const input = { to: 'ada@example.com', name: 'Ada', at: new Date('2026-12-04T10:30:00Z'), deletedWorkspaces: ['<i>Solo</i>'] };

  it('says when, what went with the account, and what stayed with the teams', () => {
    const mail = accountDeletedMail(input);
    expect(mail.subject).toBe('Your Askbase account was deleted');
    expect(mail.text).toContain('deleted on December 4, 2026 at 10:30 AM UTC');
    expect(mail.text).toContain('These workspaces, where you were the only member, were deleted too: <i>Solo</i>.');
    expect(mail.html).toContain('&lt;i&gt;Solo&lt;/i&gt;');
    expect(mail.text).toContain('stay there for the team');
  });

  it('leaves the workspace sentence out when none was deleted', () => {
    expect(accountDeletedMail({ ...input, deletedWorkspaces: [] }).text).not.toContain('These workspaces');
  });
});
