import { expect, type Page, test } from '@playwright/test';
import { waitForMails } from './devMail';
import { unzipFile } from './unzip';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'correct horse battery';
const QUESTION = 'How long do refunds take?';

async function signUp(page: Page, name: string): Promise<{ email: string; slug: string }> {
  const email = `${name.split(' ')[0]?.toLowerCase()}-${unique()}@example.com`;
  await page.goto('/signup');
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  return { email, slug: new URL(page.url()).pathname.split('/')[2] ?? '' };
}

async function openPrivacyPage(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Privacy and your data' }).click();
  await expect(page).toHaveURL('/account/privacy');
  await expect(page.getByRole('heading', { name: 'Privacy and your data', level: 1 })).toBeVisible();
}

test('data export: ask a question, then download my data and find the conversation in the archive', async ({ page }) => {
  const name = 'Ada Lovelace';
  const { email, slug } = await signUp(page, name);

  // A conversation to find later: a document, then a question about it.
  await page.goto(`/w/${slug}/documents`);
  const addForm = page.getByRole('form', { name: 'Add a document' });
  await addForm.getByRole('textbox', { name: 'Text' }).fill('# Refunds\n\nRefunds are paid back within 5 business days.');
  await addForm.getByRole('button', { name: 'Add document' }).click();
  await expect(page.getByRole('table', { name: 'Documents' }).getByRole('row', { name: /Refunds/ })).toContainText('Ready');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ask the copilot' }).click();
  const composer = page.getByRole('textbox', { name: 'Ask a question' });
  await composer.fill(QUESTION);
  await composer.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/chat/[\\w-]+$`));
  const conversationId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(page.getByLabel('Answer', { exact: true })).toContainText('5 business days');

  await openPrivacyPage(page, name);
  await page.getByRole('button', { name: 'Prepare my data export' }).click();
  // The progress shows while the archive is written, then the link (the page polls).
  const downloadLink = page.getByRole('link', { name: 'Download archive' });
  await expect(downloadLink).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/Your archive is ready/)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^askbase-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = await unzipFile(await download.path());
  const profile = JSON.parse(files.get('profile.json') ?? '{}') as { email?: string };
  expect(profile.email).toBe(email);
  const conversations = JSON.parse(files.get('conversations.json') ?? '[]') as Array<{
    id: string;
    messages: Array<{ role: string; content: string; citations: unknown[] }>;
  }>;
  const conversation = conversations.find((entry) => entry.id === conversationId);
  expect(conversation?.messages.find((message) => message.role === 'USER')?.content).toBe(QUESTION);
  expect(conversation?.messages.find((message) => message.role === 'ASSISTANT')?.content).toContain('5 business days');

  // The link was mailed too.
  await waitForMails(page, email, /Your Askbase data export is ready/);
});

test('account deletion: a wrong password is refused, the right one deletes the account, and logging in then fails', async ({ page }) => {
  const name = 'Grace Hopper';
  const { email } = await signUp(page, name);
  await openPrivacyPage(page, name);

  await page.getByRole('button', { name: 'Delete account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  const password = dialog.getByLabel('Your password');
  await password.fill('not my password');
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(dialog.getByText('The password is incorrect.')).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');

  await password.fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL('/login');
  await expect(page.getByText('Your account was deleted')).toBeVisible();

  const form = page.getByRole('form', { name: 'Log in' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await form.getByRole('button', { name: /log in/i }).click();
  await expect(page.getByText('The email or password is incorrect.')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await waitForMails(page, email, /Your Askbase account was deleted/);
});
