import { expect, type Page } from '@playwright/test';

/**
 * Opens the newest mail to `email` whose subject matches, from the development outbox at /dev/mail. Mail goes out
 * through the job queue: the outbox is reloaded until it has arrived.
 */
export async function openMail(page: Page, email: string, subject: RegExp): Promise<void> {
  const row = page.getByRole('row').filter({ hasText: email }).filter({ hasText: subject }).first();
  await expect(async () => {
    await page.goto('/dev/mail');
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole('link').click();
}

/** Follows the verification link mailed to `email` in this page (the spelled-out link opens in the same tab). */
export async function verifyEmailFromMail(page: Page, email: string): Promise<void> {
  await openMail(page, email, /Verify your email address/);
  await page.getByRole('link', { name: /\/verify-email\?token=/ }).click();
  await expect(page.getByRole('heading', { name: 'Email verified' })).toBeVisible();
}
