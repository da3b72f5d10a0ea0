import { expect, test } from '@playwright/test';
import { verifyEmailFromMail, waitForMails } from './devMail';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('sign up → land in the workspace → log out → log in → reload keeps the session', async ({ page }) => {
  const email = `ada-${unique()}@example.com`;
  const password = 'correct horse battery';

  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole('link', { name: 'Create an account' }).click();

  const signUp = page.getByRole('form', { name: 'Sign up' });
  await signUp.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
  await signUp.getByRole('textbox', { name: 'Email' }).fill(email);
  await signUp.getByRole('textbox', { name: 'Password' }).fill(password);
  await signUp.getByRole('button', { name: /sign up|create account/i }).click();

  await expect(page).toHaveURL(/\/w\/ada-lovelaces-workspace$/);
  await expect(page.getByRole('heading', { name: "Ada Lovelace's workspace" })).toBeVisible();

  await page.getByRole('button', { name: 'Account menu for Ada Lovelace' }).click();
  await page.getByRole('menuitem', { name: /log out/i }).click();
  await expect(page).toHaveURL(/\/login/);

  // Logged out for real: the app itself sends us back to the login page.
  await page.goto('/w/ada-lovelaces-workspace');
  await expect(page).toHaveURL(/\/login/);

  const logIn = page.getByRole('form', { name: 'Log in' });
  await logIn.getByRole('textbox', { name: 'Email' }).fill(email);
  await logIn.getByRole('textbox', { name: 'Password' }).fill('wrong password');
  await logIn.getByRole('button', { name: /log in/i }).click();
  await expect(page.getByText('The email or password is incorrect.')).toBeVisible();

  await logIn.getByRole('textbox', { name: 'Password' }).fill(password);
  await logIn.getByRole('button', { name: /log in/i }).click();
  await expect(page).toHaveURL(/\/w\/ada-lovelaces-workspace/);

  await page.reload();
  await expect(page.getByRole('heading', { name: "Ada Lovelace's workspace" })).toBeVisible();
  await expect(page).toHaveURL(/\/w\/ada-lovelaces-workspace/);
});

test('verify the email from the mail at /dev/mail: the banner goes away', async ({ page }) => {
  const email = `vera-${unique()}@example.com`;
  await page.goto('/signup');
  const signUp = page.getByRole('form', { name: 'Sign up' });
  await signUp.getByRole('textbox', { name: 'Name' }).fill('Vera Rubin');
  await signUp.getByRole('textbox', { name: 'Email' }).fill(email);
  await signUp.getByRole('textbox', { name: 'Password' }).fill('correct horse battery');
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/vera-rubins-workspace/);

  const banner = page.getByRole('alert', { name: 'Verify your email' });
  await expect(banner).toContainText(`We sent a link to ${email}`);
  // The first mail reaches the outbox before the resend: then the outbox lists the resent one first.
  await waitForMails(page, email, /Verify your email address/);
  await page.goto('/w/vera-rubins-workspace');
  // Resend works from the banner (and replaces the first link).
  await banner.getByRole('button', { name: 'Resend' }).click();
  await expect(banner).toContainText(`A new link is on its way to ${email}`);

  // The newest of the two mails holds the link that still works.
  await verifyEmailFromMail(page, email, 2);
  await page.getByRole('link', { name: 'Continue to Askbase' }).click();
  await expect(page).toHaveURL(/\/w\/vera-rubins-workspace/);
  await expect(page.getByRole('heading', { name: "Vera Rubin's workspace" })).toBeVisible();
  await expect(page.getByRole('alert', { name: 'Verify your email' })).toHaveCount(0);
});
