import { expect, test } from '@playwright/test';

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
