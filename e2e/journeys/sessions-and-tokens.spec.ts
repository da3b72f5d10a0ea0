import { type Browser, expect, type Page, test } from '@playwright/test';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'correct horse battery';

async function signUp(page: Page, name: string): Promise<{ email: string; slug: string }> {
  const email = `${name.split(' ')[0]?.toLowerCase()}-${unique()}@example.com`;
  await page.goto('/signup');
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await form.getByRole('button', { name: /sign up|create account/i }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  const slug = new URL(page.url()).pathname.split('/')[2] ?? '';
  return { email, slug };
}

async function logInElsewhere(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  const form = page.getByRole('form', { name: 'Log in' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await form.getByRole('button', { name: /log in/i }).click();
  await expect(page).toHaveURL(/\/w\//);
  return page;
}

test('sessions: end another session from the first browser, and its open tab drops to the log-in page', async ({ page, browser }) => {
  const { email, slug } = await signUp(page, 'Grace Hopper');
  const other = await logInElsewhere(browser, email);
  // The other tab watches the workspace's usage over a WebSocket, as the documents page does.
  await other.goto(`/w/${slug}/documents`);
  await expect(other.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible();

  await page.goto(`/w/${slug}/settings/sessions`);
  const table = page.getByRole('table', { name: 'Sessions' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByText('This device')).toBeVisible();
  await table.getByRole('button', { name: /End the session/ }).click();
  const dialog = page.getByRole('dialog', { name: 'End this session?' });
  await dialog.getByRole('button', { name: 'End session' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);

  // The socket closes with 4401 and the app shows the log-in page, without the user doing anything.
  await expect(other).toHaveURL(/\/login/, { timeout: 10_000 });
  await expect(other.getByRole('form', { name: 'Log in' })).toBeVisible();
  // The first browser goes on.
  await page.reload();
  await expect(table.getByText('This device')).toBeVisible();
});

test('API token: create a read-only token in the UI, then a plain HTTP client may query with it but not mutate', async ({
  page,
  request,
  baseURL,
}) => {
  const { email, slug } = await signUp(page, 'Katherine Johnson');
  await page.goto(`/w/${slug}/settings/api-tokens`);
  const form = page.getByRole('form', { name: 'Create an API token' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Reporting script');
  await form.getByRole('switch', { name: /Read-only/ }).check();
  await form.getByRole('button', { name: 'Create token' }).click();

  const secretField = page.getByRole('textbox', { name: 'New token secret' });
  await expect(secretField).toHaveValue(/^askb_[A-Za-z0-9_-]{43}$/);
  const secret = await secretField.inputValue();
  await expect(page.getByText(/It will not be shown again/)).toBeVisible();
  const table = page.getByRole('table', { name: 'API tokens' });
  await expect(table.getByText('Reporting script')).toBeVisible();

  const call = (query: string) =>
    request.post(`${baseURL}/graphql`, {
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      data: { query },
    });
  const me = await (await call('{ me { email } }')).json();
  expect(me).toEqual({ data: { me: { email } } });

  const mutation = await (await call('mutation { createWorkspace(input: { name: "From a script" }) { id } }')).json();
  expect(mutation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(mutation.errors?.[0]?.message).toBe('This API token is read-only.');

  // The list shows it was used.
  await page.reload();
  await expect(table.getByRole('row', { name: /Reporting script/ }).getByText('Never')).toHaveCount(1);
});
