import { expect, type Page } from '@playwright/test';

/**
 * Opens the newest mail to `email` whose subject matches, from the development outbox at /dev/mail (newest first),
 * once `count` such mails are there. Mail goes out through the job queue: the outbox is reloaded until they arrive.
 */
export async function openMail(page: Page, email: string, subject: RegExp, count = 1): Promise<void> {
  const rows = page.getByRole('row').filter({ hasText: email }).filter({ hasText: subject });
  await expect(async () => {
    await page.goto('/dev/mail');
    expect(await rows.count()).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 20_000 });
  await rows.first().getByRole('link').click();
}

/**
 * Follows the verification link mailed to `email` in this page (the spelled-out link opens in the same tab); with
 * `count`, the newest of that many (a resend replaces the earlier links).
 */
export async function verifyEmailFromMail(page: Page, email: string, count = 1): Promise<void> {
  await openMail(page, email, /Verify your email address/, count);
  await page.getByRole('link', { name: /\/verify-email\?token=/ }).click();
  await expect(page.getByRole('heading', { name: 'Email verified' })).toBeVisible();
}
