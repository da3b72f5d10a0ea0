import { expect, test } from '@playwright/test';

// A first visit: no choice stored yet (the config stores one for every other journey).
test.use({ storageState: { cookies: [], origins: [] } });

test('first visit: the banner asks, "Reject all" is remembered, and the choice can be changed from the footer', async ({ page }) => {
  await page.goto('/login');
  const banner = page.getByRole('region', { name: 'Cookie consent' });
  await expect(banner).toBeVisible();
  // Until the user chooses, nothing but the strictly necessary is stored.
  expect(await page.evaluate(() => window.localStorage.getItem('askbase.cookieConsent'))).toBeNull();
  expect((await page.context().cookies()).map((cookie) => cookie.name)).toEqual([]);

  await banner.getByRole('button', { name: 'Reject all' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Log in' })).toBeVisible();
  await expect(banner).toBeHidden();

  await page.getByRole('button', { name: 'Cookie settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
  const errorReporting = dialog.getByRole('switch', { name: /Error reporting/ });
  await expect(errorReporting).not.toBeChecked();
  // By keyboard, as the switch's input itself is visually hidden behind Mantine's track.
  await errorReporting.focus();
  await page.keyboard.press('Space');
  await expect(errorReporting).toBeChecked();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  const stored = await page.evaluate(() => JSON.parse(window.localStorage.getItem('askbase.cookieConsent') ?? 'null'));
  expect(stored.granted).toEqual(['errorReporting']);
});

test('the pricing, privacy and terms pages are public and linked from the log-in page', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('region', { name: 'Cookie consent' }).getByRole('button', { name: 'Reject all' }).click();
  await page.getByRole('link', { name: 'Plans and pricing' }).click();
  await expect(page).toHaveURL(/\/pricing$/);
  await expect(page.getByRole('region', { name: 'Pro plan' })).toContainText('$20');
  await page.getByText('Yearly').click();
  await expect(page.getByRole('region', { name: 'Pro plan' })).toContainText('$200');
  await page.getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy policy' })).toBeVisible();
  await page.getByRole('link', { name: 'Terms', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Terms of service' })).toBeVisible();
});
