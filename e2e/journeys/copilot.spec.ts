import { expect, type Page, test } from '@playwright/test';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const POLICIES = `# Customer policies

## Refunds

Customers can request a refund within 30 days of purchase. Refunds are paid back to the original payment method within 5 business days.

## Shipping

Standard shipping takes 3 to 5 business days. Express shipping delivers the next business day for orders placed before noon.`;

const QUESTION = 'How long do refunds take?';

async function signUp(page: Page): Promise<string> {
  const id = unique();
  await page.goto('/signup');
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.getByRole('textbox', { name: 'Name' }).fill(`Olive ${id}`);
  await form.getByRole('textbox', { name: 'Email' }).fill(`olive-${id}@example.com`);
  await form.getByRole('textbox', { name: 'Password' }).fill('correct horse battery');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

test('add a document → ask → streamed, cited answer → feedback and report → owner resolves → history, save, run again', async ({
  page,
}) => {
  const slug = await signUp(page);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // A document, pasted: indexed within the request for this size, so it is ready at once.
  await nav.getByRole('link', { name: 'Documents' }).click();
  await expect(page).toHaveURL(`/w/${slug}/documents`);
  await expect(page.getByText('No documents yet')).toBeVisible();
  const addForm = page.getByRole('form', { name: 'Add a document' });
  await addForm.getByRole('textbox', { name: 'Text' }).fill(POLICIES);
  await addForm.getByRole('button', { name: 'Add document' }).click();
  const documents = page.getByRole('table', { name: 'Documents' });
  await expect(documents.getByRole('row', { name: /Customer policies/ })).toContainText('Ready');
  await expect(page.getByText('1 / 20')).toBeVisible();

  // Ask: the answer streams into the thread of a new conversation, with its address.
  await nav.getByRole('link', { name: 'Ask the copilot' }).click();
  const composer = page.getByRole('textbox', { name: 'Ask a question' });
  await composer.fill(QUESTION);
  await composer.press('Enter');
  await expect(page.getByLabel('Your question')).toHaveText(QUESTION);
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/chat/[\\w-]+$`));
  const conversationUrl = page.url();
  const answer = page.getByLabel('Answer', { exact: true });
  await expect(answer).toHaveAttribute('aria-live', 'polite');
  await expect(answer).toContainText('within 5 business days');

  // Its [1] opens the cited passage, with the document it comes from.
  await answer.getByRole('button', { name: 'Source 1: Customer policies' }).click();
  const source = page.getByRole('dialog', { name: 'Source 1' });
  await expect(source).toContainText('Refunds are paid back to the original payment method');
  await expect(source.getByRole('link', { name: /Open “Customer policies”/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(source).toBeHidden();

  // Thumbs down with a comment, then a report to the admins.
  await page.getByRole('button', { name: 'Bad answer' }).click();
  await page.getByRole('textbox', { name: 'What was wrong? (optional)' }).fill('Sale items are not refundable.');
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.getByRole('button', { name: 'Bad answer' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Report issue' }).click();
  const reportForm = page.getByRole('form', { name: 'Report an issue' });
  await reportForm.getByRole('combobox', { name: 'What is wrong?' }).click();
  await page.getByRole('option', { name: 'Outdated source' }).click();
  await reportForm.getByRole('textbox', { name: 'Details' }).fill('The policy changed: sale items are final.');
  await reportForm.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('status', { name: 'Your report' })).toContainText('Report open');

  // The same user owns the workspace: the inbox has the report, with the answer's snapshot.
  await nav.getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('button', { name: `Open report: ${QUESTION}` }).click();
  const drawer = page.getByRole('dialog', { name: 'Report' });
  await expect(drawer.getByRole('region', { name: 'Cited passages' })).toContainText('Refunds are paid back');
  await expect(drawer.getByRole('link', { name: 'Customer policies' })).toHaveAttribute('href', /\/documents\//);
  await drawer.getByRole('textbox', { name: 'Note to the reporter' }).fill('Updated: sale items are final sale.');
  await drawer.getByRole('button', { name: 'Resolve' }).click();
  await expect(drawer.getByText('Updated: sale items are final sale.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('No open reports: nothing waits for you.')).toBeVisible();

  // The reporter finds the conversation in their history and sees the outcome on the answer.
  await nav.getByRole('link', { name: 'Ask the copilot' }).click();
  const history = page.getByRole('region', { name: 'Conversation history' });
  await history.getByRole('searchbox', { name: 'Search conversations' }).fill('refunds');
  // The search refetches the list as it settles and may replace the link under the click: click until it navigates.
  await expect(async () => {
    await history.getByRole('link', { name: new RegExp(QUESTION.replace('?', '\\?')) }).click();
    await expect(page).toHaveURL(conversationUrl, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('status', { name: 'Your report' })).toContainText('Report resolved');
  await expect(page.getByRole('status', { name: 'Your report' })).toContainText('Updated: sale items are final sale.');

  // Saved, then asked anew from the saved list, in a new conversation.
  await page.getByRole('button', { name: 'Save question' }).click();
  await expect(page.getByRole('button', { name: 'Save question' })).toHaveAttribute('aria-pressed', 'true');
  await nav.getByRole('link', { name: 'Saved questions' }).click();
  await page.getByRole('button', { name: `Run again: ${QUESTION}` }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/chat/[\\w-]+$`));
  expect(page.url()).not.toBe(conversationUrl);
  const rerun = page.getByLabel('Answer', { exact: true });
  await expect(rerun).toContainText('within 5 business days');

  // A citation a reader can check: the sentence used is marked in its passage, and "Open" lands on it in the document.
  await rerun.getByRole('button', { name: 'Source 1: Customer policies' }).click();
  const cited = page.getByRole('dialog', { name: 'Source 1' });
  await expect(cited.locator('mark', { hasText: 'within 5 business days' })).toBeVisible();
  await cited.getByRole('link', { name: /Open “Customer policies”/ }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/documents/[\\w-]+\\?passage=\\d+$`));
  const passage = page.getByRole('region', { name: 'Cited passage' });
  await expect(passage).toBeInViewport();
  await expect(passage).toBeFocused();
  await expect(passage.locator('mark', { hasText: 'within 5 business days' })).toBeVisible();
});
