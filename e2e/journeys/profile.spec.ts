import { expect, test } from '@playwright/test';
import { openMail } from './devMail';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
/** A 64 × 48 blue PNG: the server crops and re-encodes it to a 256 px WebP. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAfUlEQVRoge2SAQkAURSD1slOl9ZQF2M8/sAAOhY+T5O6AQuwviK7kHdJ3YAFWF+RXci7pG7AAqyvyC7kXVI3YAHWV2QX8i6pG7AA6yuyC3mX1A1YgPUV2YW8S+oGLMD6iuxC3iV1AxZgfUV2Ie+SugELsL4iu5B3Sd2AxwN+Vpy88fDIx5oAAAAASUVORK5CYII=',
  'base64',
);

test('profile: change the name and the picture (seen in the header), then the email address through the mailed link', async ({ page }) => {
  const email = `mary-${unique()}@example.com`;
  const newEmail = `mary-new-${unique()}@example.com`;
  const password = 'correct horse battery';
  await page.goto('/signup');
  const signUp = page.getByRole('form', { name: 'Sign up' });
  await signUp.getByRole('textbox', { name: 'Name' }).fill('Mary Somerville');
  await signUp.getByRole('textbox', { name: 'Email' }).fill(email);
  await signUp.getByRole('textbox', { name: 'Password' }).fill(password);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/mary-somervilles-workspace/);

  await page.getByRole('button', { name: 'Account menu for Mary Somerville' }).click();
  await page.getByRole('menuitem', { name: 'Profile' }).click();
  await expect(page).toHaveURL(/\/account\/profile$/);

  const nameForm = page.getByRole('form', { name: 'Name' });
  await nameForm.getByRole('textbox', { name: 'Name' }).fill('Mary Fairfax');
  await nameForm.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Name saved')).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText('Picture updated')).toBeVisible();
  const picture = page.getByRole('img', { name: 'Picture of Mary Fairfax' });
  await expect(picture).toHaveAttribute('src', /^\/avatars\/[0-9a-f-]{36}\/[0-9a-f]{64}\.webp$/);
  // The browser really got the re-encoded image (256 px square), with the session cookie.
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight]))
    .toEqual([true, 256, 256]);

  // The header shows the new name and picture, in the workspace too.
  await page.getByRole('link', { name: '← Back to Askbase' }).click();
  const menuButton = page.getByRole('button', { name: 'Account menu for Mary Fairfax' });
  await expect(menuButton).toBeVisible();
  await expect(menuButton.locator('img')).toHaveAttribute('src', /^\/avatars\//);

  // Email change: the password, a link to the new address, the old one told.
  await page.goto('/account/profile');
  const emailForm = page.getByRole('form', { name: 'Change email address' });
  await emailForm.getByRole('textbox', { name: 'New email address' }).fill(newEmail);
  await emailForm.getByRole('textbox', { name: 'Password' }).fill('not my password');
  await emailForm.getByRole('button', { name: 'Send confirmation link' }).click();
  await expect(emailForm.getByText('The password is incorrect.')).toBeVisible();
  await emailForm.getByRole('textbox', { name: 'Password' }).fill(password);
  await emailForm.getByRole('button', { name: 'Send confirmation link' }).click();
  await expect(page.getByText('Check your new inbox')).toBeVisible();

  await openMail(page, newEmail, /Confirm your new email address/);
  await page.getByRole('link', { name: /\/confirm-email-change\?token=/ }).click();
  await expect(page.getByRole('heading', { name: 'Email address changed' })).toBeVisible();
  await expect(page.getByText(`Sign in with ${newEmail} from now on.`)).toBeVisible();
  await openMail(page, email, /Your Askbase email address was changed/);
  await expect(page.getByText(`The email address of your Askbase account is now ${newEmail}.`)).toBeVisible();
});
