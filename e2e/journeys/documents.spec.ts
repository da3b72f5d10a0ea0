import { expect, type Page, test } from '@playwright/test';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signUp(page: Page): Promise<void> {
  const id = unique();
  await page.goto('/signup');
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.getByRole('textbox', { name: 'Name' }).fill(`Uma ${id}`);
  await form.getByRole('textbox', { name: 'Email' }).fill(`uma-${id}@example.com`);
  await form.getByRole('textbox', { name: 'Password' }).fill('correct horse battery');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
}

test('upload a file → streamed to /uploads → a ready document; a file over the plan → the plan’s limit, explained', async ({ page }) => {
  await signUp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
  const addForm = page.getByRole('form', { name: 'Add a document' });
  await addForm.getByText('Upload a file').click();

  const uploads: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/uploads') uploads.push(response.status());
  });
  await addForm.getByLabel('File', { exact: true }).setInputFiles({
    name: 'office-hours.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Office hours\n\nThe office opens at nine and closes at five.'),
  });
  await addForm.getByRole('button', { name: 'Add document' }).click();
  const documents = page.getByRole('table', { name: 'Documents' });
  await expect(documents.getByRole('row', { name: /Office hours/ })).toContainText('Ready');
  expect(uploads).toEqual([201]);

  // 1.5 MB on the Free plan (1 MB a document): refused by its Content-Length before the body is read.
  await addForm
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(1_500_000, 'a') });
  await addForm.getByRole('button', { name: 'Add document' }).click();
  await expect(addForm.getByRole('alert')).toContainText('Plan limit reached');
  await expect(addForm.getByRole('alert')).toContainText('1,000,000 bytes per document');
  await expect(documents.getByRole('row')).toHaveCount(2);
});
