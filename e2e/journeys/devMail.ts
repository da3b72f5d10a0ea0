import { expect, type Page } from '@playwright/test';

/**
 * Opens the newest mail to `email` whose subject matches, from the development outbox at /dev/mail (newest first),
 * once `count` such mails are there. Mail goes out through the job queue: the outbox is reloaded until they arrive.
 */
export async function openMail(page: Page, email: string, subject: RegExp, count = 1): Promise<void> {
  const rows = await waitForMails(page, email, subject, count);
  await rows.first().getByRole('link').click();
}

/**
 * Shows /dev/mail once `count` mails to `email` with that subject are there. The outbox lists mails in the order the
 * mail worker delivered them, which for mails queued within a moment of each other need not be the order they were
 * sent: a journey that needs "the newest" waits for the earlier one before causing the next.
 */
export async function waitForMails(page: Page, email: string, subject: RegExp, count = 1) {
  const rows = page.getByRole('row').filter({ hasText: email }).filter({ hasText: subject });
  await expect(async () => {
    await page.goto('/dev/mail');
    expect(await rows.count()).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 20_000 });
  return rows;
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
