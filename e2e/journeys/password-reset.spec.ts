import { expect, test } from '@playwright/test';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('forgot password → the link from the mail → new password → the old session is gone → log in with the new one', async ({
  page,
  browser,
}) => {
  const id = unique();
  const email = `hedy-${id}@example.com`;
  const oldPassword = 'correct horse battery';
  const newPassword = 'violet tractor melody';

  // Sign up, then stay signed in on this device (the "old session").
  await page.goto('/signup');
  const signUp = page.getByRole('form', { name: 'Sign up' });
  await signUp.getByRole('textbox', { name: 'Name' }).fill(`Hedy ${id}`);
  await signUp.getByRole('textbox', { name: 'Email' }).fill(email);
  await signUp.getByRole('textbox', { name: 'Password' }).fill(oldPassword);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  const workspaceUrl = page.url();

  // On another device, the password is forgotten.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto('/login');
  await other.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(other).toHaveURL(/\/forgot-password$/);
  // The URL changes before the page's chunk has painted (the log-in form, with its own Email box, stays up while it
  // loads): fill the reset form itself, or the address may go into the log-in form and the reset be sent empty.
  const forgot = other.getByRole('form', { name: 'Reset your password' });
  await forgot.getByRole('textbox', { name: 'Email' }).fill(email);
  await forgot.getByRole('button', { name: 'Send the link' }).click();
  await expect(other.getByText(`If an account exists for ${email}, we sent it a link`)).toBeVisible();

  // The mail goes out through a background job: reload the outbox until it has arrived.
  const mailRow = other.getByRole('row').filter({ hasText: email }).filter({ hasText: 'Reset your Askbase password' });
  await expect(async () => {
    await other.goto('/dev/mail');
    await expect(mailRow).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await mailRow.getByRole('link').first().click();
  await other.getByRole('link', { name: /\/reset-password\?token=/ }).click();
  await expect(other).toHaveURL(/\/reset-password\?token=[\w-]{43}$/);

  // A common password is refused on the field; a good one is rated and accepted.
  const form = other.getByRole('form', { name: 'Choose a new password' });
  await form.getByRole('textbox', { name: 'New password' }).fill('password');
  await expect(form.getByText('Very weak')).toBeVisible();
  await form.getByRole('button', { name: 'Set the new password' }).click();
  await expect(form.getByText('This is one of the most common passwords. Choose another.')).toBeVisible();
  await form.getByRole('textbox', { name: 'New password' }).fill(newPassword);
  await expect(form.getByText('Strong')).toBeVisible();
  await form.getByRole('button', { name: 'Set the new password' }).click();
  await expect(other).toHaveURL(/\/login$/);
  await expect(other.getByText('Every device was signed out. Log in with your new password.')).toBeVisible();

  // The old session has ended: its next navigation lands on the log-in page.
  await page.goto(workspaceUrl);
  await expect(page).toHaveURL(/\/login/);

  // The old password no longer works; the new one does.
  const logIn = other.getByRole('form', { name: 'Log in' });
  await logIn.getByRole('textbox', { name: 'Email' }).fill(email);
  await logIn.getByRole('textbox', { name: 'Password' }).fill(oldPassword);
  await logIn.getByRole('button', { name: 'Log in' }).click();
  await expect(other.getByText('The email or password is incorrect.')).toBeVisible();
  await logIn.getByRole('textbox', { name: 'Password' }).fill(newPassword);
  await logIn.getByRole('button', { name: 'Log in' }).click();
  await expect(other).toHaveURL(workspaceUrl);

  await otherContext.close();
});
