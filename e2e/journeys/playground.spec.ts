import { expect, test } from '@playwright/test';

test('the GraphQL playground at /graphql runs queries and subscriptions as the signed-in user', async ({ page }) => {
  const email = `playground-${Date.now().toString(36)}@example.com`;
  // Signing up through the API stores the session cookie in this browser context, as the app would.
  const signUp = await page.request.post('/graphql', {
    data: {
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { id } }',
      variables: { input: { email, password: 'correct horse battery', name: 'Grace' } },
    },
  });
  expect(signUp.ok()).toBe(true);
  const workspaces = await page.request.post('/graphql', { data: { query: '{ workspaces { id } }' } });
  const workspaceId = (await workspaces.json()).data.workspaces[0].id as string;

  await page.goto('/graphql');
  const run = page.getByRole('button', { name: /execute query/i });
  const response = page.locator('.graphiql-response');
  // GraphiQL ignores the button until its editors have mounted: retry the click until an answer shows.
  await expect(async () => {
    await run.click();
    await expect(response).toContainText(email, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // Replace the query with a subscription: it runs over graphql-ws with the same cookie.
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(`subscription Usage { workspaceUsage(workspaceId: "${workspaceId}") { members { used limit } } }`);
  // GraphiQL reads the operation name from the editor after a debounce: a click before that sends the previous name
  // ("Unknown operation named Me"). Click again only while no usage has arrived (a second click on a running
  // subscription would stop it).
  await expect(async () => {
    if (!((await response.textContent()) ?? '').includes('"used"')) await run.click();
    await expect(response).toContainText('"used": 1', { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(response).toContainText('"limit": 3');
});
