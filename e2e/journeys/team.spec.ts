import { expect, type Page, test } from '@playwright/test';
import { verifyEmailFromMail } from './devMail';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const password = 'correct horse battery';

async function signUp(page: Page, name: string, email: string): Promise<string> {
  await page.goto('/signup');
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('textbox', { name: 'Password' }).fill(password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

test('owner invites by email → invitee signs up from the mail → role change → removal takes access away', async ({
  page: owner,
  browser,
}) => {
  const id = unique();
  const inviteeName = `Linus ${id}`;
  const inviteeEmail = `linus-${id}@example.com`;

  // The owner signs up (which creates their workspace) and invites a new person as MEMBER.
  const slug = await signUp(owner, `Grace ${id}`, `grace-${id}@example.com`);
  const workspaceName = `Grace ${id}'s workspace`;
  // Only a verified address may invite: the owner follows the link from the sign-up mail first.
  await verifyEmailFromMail(owner, `grace-${id}@example.com`);
  await owner.goto(`/w/${slug}`);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await owner.getByRole('tab', { name: 'Members' }).click();
  await expect(owner).toHaveURL(`/w/${slug}/settings/members`);

  const invite = owner.getByRole('form', { name: 'Invite a member' });
  await expect(invite.getByRole('combobox', { name: 'Role' })).toHaveValue('Member');
  await invite.getByRole('textbox', { name: 'Email' }).fill(inviteeEmail);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(owner.getByRole('table', { name: 'Pending invitations' }).getByText(inviteeEmail)).toBeVisible();
  // The usage bar follows over the WebSocket subscription: the owner plus one pending invitation.
  await expect(owner.getByText('2 / 3')).toBeVisible();

  // The invitee, in a browser of their own, finds the mail in the outbox and follows its link.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  const mailRow = invitee.getByRole('row').filter({ hasText: inviteeEmail });
  // Mail goes out through the job queue: reload the outbox until it has arrived.
  await expect(async () => {
    await invitee.goto('/dev/mail');
    await expect(mailRow).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await mailRow.getByRole('link').click();
  // The spelled-out link opens in this tab (the mail's button opens a new one, as mail clients do).
  await invitee.getByRole('link', { name: /\/invite\// }).click();

  await expect(invitee).toHaveURL(/\/invite\/[\w-]+$/);
  await expect(invitee.getByRole('heading', { name: `Join ${workspaceName}`, exact: true })).toBeVisible();
  const join = invitee.getByRole('form', { name: 'Sign up to join' });
  await expect(join.getByRole('textbox', { name: 'Email' })).toHaveValue(inviteeEmail);
  await join.getByRole('textbox', { name: 'Name' }).fill(inviteeName);
  await join.getByRole('textbox', { name: 'Password' }).fill(password);
  await join.getByRole('button', { name: 'Create account and join' }).click();

  await expect(invitee).toHaveURL(`/w/${slug}`);
  await expect(invitee.getByRole('heading', { name: workspaceName, exact: true })).toBeVisible();
  await expect(invitee.getByLabel('Your role: Member')).toBeVisible();

  // The owner sees the new member and makes them a VIEWER.
  await owner.reload();
  const members = owner.getByRole('table', { name: 'Members' });
  await expect(members.getByText(inviteeName)).toBeVisible();
  await expect(owner.getByText('No pending invitations')).toBeVisible();
  await owner.getByRole('combobox', { name: `Role of ${inviteeName}` }).click();
  await owner.getByRole('option', { name: 'Viewer' }).click();
  await expect(owner.getByText(`${inviteeName} is now viewer.`)).toBeVisible();

  await invitee.reload();
  await expect(invitee.getByLabel('Your role: Viewer')).toBeVisible();

  // The owner removes them, after confirming.
  await owner.getByRole('button', { name: `Remove ${inviteeName}` }).click();
  const confirm = owner.getByRole('dialog', { name: `Remove ${inviteeName}?` });
  await confirm.getByRole('button', { name: 'Remove member' }).click();
  await expect(confirm).toBeHidden();
  await expect(members.getByText(inviteeName)).toHaveCount(0);

  // The invitee has lost access: the workspace answers "not found" and is gone from their switcher.
  await invitee.reload();
  await expect(invitee.getByText('Workspace not found')).toBeVisible();
  await expect(invitee.getByRole('button', { name: 'Create a workspace' })).toBeVisible();
  await invitee.getByRole('button', { name: 'Switch workspace' }).click();
  await expect(invitee.getByRole('menuitem', { name: 'Create workspace' })).toBeVisible();
  await expect(invitee.getByRole('menuitem', { name: new RegExp(workspaceName) })).toHaveCount(0);

  await inviteeContext.close();
});
