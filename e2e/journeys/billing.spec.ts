import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { verifyEmailFromMail } from './devMail';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const POLICIES = `# Customer policies

## Refunds

Customers can request a refund within 30 days of purchase. Refunds are paid back to the original payment method within 5 business days.`;

const QUESTION = 'How long do refunds take?';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; limit?: number; plan?: string };
  }>;
}

/** One GraphQL call as the signed-in browser user: page.request shares the context's session cookie. */
async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
  const response = await request.post('/graphql', {
    data: { query, variables },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as GraphQLAnswer<T>;
}

async function signUp(page: Page): Promise<{ email: string; slug: string }> {
  const id = unique();
  const email = `paula-${id}@example.com`;
  await page.goto('/signup');
  const form = page.getByRole('form', { name: 'Sign up' });
  await form.getByRole('textbox', { name: 'Name' }).fill(`Paula ${id}`);
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('textbox', { name: 'Password' }).fill('correct horse battery');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  return { email, slug: new URL(page.url()).pathname.split('/')[2] ?? '' };
}

const USAGE = `query($slug: String!) { workspace(slug: $slug) { id usage { questionsThisPeriod { used limit } } } }`;
const ASK = `mutation($input: AskInput!) { askCopilot(input: $input) { conversation { id } answer { id } } }`;

/**
 * Uses up all but one of the FREE plan's questions through the API, as fast as the server takes them one after
 * another: asking the hundred questions through the composer would take minutes and prove nothing more. The limit is
 * read from the server, not copied from plans.ts.
 */
async function askAllButOneQuestion(request: APIRequestContext, slug: string): Promise<{ workspaceId: string; limit: number }> {
  const usage = await graphql<{
    workspace: {
      id: string;
      usage: { questionsThisPeriod: { used: number; limit: number } };
    };
  }>(request, USAGE, {
    slug,
  });
  const workspaceId = usage.data?.workspace.id ?? '';
  const { used, limit } = usage.data?.workspace.usage.questionsThisPeriod ?? {
    used: 0,
    limit: 0,
  };
  let conversationId: string | undefined;
  for (let asked = used; asked < limit - 1; asked++) {
    const answer = await graphql<{
      askCopilot: { conversation: { id: string } };
    }>(request, ASK, {
      input: {
        workspaceId,
        question: `${QUESTION} (${asked + 1})`,
        conversationId,
      },
    });
    expect(answer.errors, `question ${asked + 1}`).toBeUndefined();
    conversationId = answer.data?.askCopilot.conversation.id;
  }
  return { workspaceId, limit };
}

test('a FREE workspace at its question limit → Upgrade → checkout → PRO, limit lifted → portal → cancel at period end shows', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { email, slug } = await signUp(page);
  // Checkout needs a verified email (Stripe mails receipts to it).
  await verifyEmailFromMail(page, email);

  const request = page.request;
  const started = Date.now();
  const { workspaceId, limit } = await askAllButOneQuestion(request, slug);
  test.info().annotations.push({
    type: 'questions via API',
    description: `${limit - 1} in ${Date.now() - started} ms`,
  });
  const added = await graphql(
    request,
    `
      mutation ($workspaceId: ID!, $input: AddDocumentInput!) {
        addDocument(workspaceId: $workspaceId, input: $input) {
          id
        }
      }
    `,
    {
      workspaceId,
      input: { title: 'Customer policies', text: POLICIES },
    },
  );
  expect(added.errors).toBeUndefined();

  // The last free question goes through the composer; the one after it is refused, with the way to upgrade.
  await page.goto(`/w/${slug}`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Ask the copilot' }).click();
  const composer = page.getByRole('textbox', { name: 'Ask a question' });
  await composer.fill(QUESTION);
  await composer.press('Enter');
  await expect(page.getByLabel('Answer', { exact: true }).last()).toContainText('within 5 business days');
  await composer.fill('Can I get a refund after 30 days?');
  await composer.press('Enter');
  const limitAlert = page.getByRole('alert').filter({ hasText: 'Question limit reached' });
  await expect(limitAlert).toContainText(`Your Free plan allows ${limit} questions per billing period`);
  await limitAlert.getByRole('link', { name: 'Upgrade' }).click();

  // Billing settings: FREE, the question bar full; the owner starts the monthly checkout.
  await expect(page).toHaveURL(`/w/${slug}/settings/billing`);
  await expect(page.getByRole('heading', { name: 'Free plan' })).toBeVisible();
  await expect(page.getByText(`${limit} / ${limit}`)).toBeVisible();
  await page.getByRole('button', { name: 'Upgrade monthly ($20/month)' }).click();

  // The emulator's hosted checkout: pay with the card that pays.
  await expect(page.getByRole('heading', { name: 'Subscribe to Askbase Pro' })).toBeVisible();
  await expect(page.getByText('$20.00 per month')).toBeVisible();
  await page.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay $20.00' }).click();

  // Back in the app: the page turns PRO as soon as the webhook lands, without a reload.
  await expect(page).toHaveURL(`/w/${slug}/settings/billing?checkout=success`);
  await expect(page.getByText('Your payment went through.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pro plan' })).toBeVisible();
  await expect(page.getByText(/Billed monthly · Renews on /)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Invoices' })).toContainText('$20.00');

  // The limit is lifted: the question that was refused goes through now.
  await nav.getByRole('link', { name: 'Ask the copilot' }).click();
  await composer.fill('Can I get a refund after 30 days?');
  await composer.press('Enter');
  await expect(page.getByLabel('Your question')).toHaveText('Can I get a refund after 30 days?');
  await expect(page.getByLabel('Answer', { exact: true })).not.toBeEmpty();
  await expect(page.getByRole('alert').filter({ hasText: 'Question limit reached' })).toHaveCount(0);

  // Manage billing → the emulator's portal → cancel at period end → back to the app.
  await page.goto(`/w/${slug}/settings/billing`);
  await page.getByRole('button', { name: 'Manage billing' }).click();
  await expect(page.getByRole('heading', { name: 'Manage billing' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel plan' }).click();
  await expect(page.getByText(/Cancels on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Renew plan' })).toBeVisible();
  await page.getByRole('link', { name: 'Return to the app' }).click();

  // Still PRO until the period ends, with the banner saying so (the webhook may land just after the page loads).
  await expect(page).toHaveURL(`/w/${slug}/settings/billing`);
  await expect(page.getByText('Subscription set to cancel')).toBeVisible();
  await expect(page.getByText(/Your subscription ends on .+; then the Free limits apply\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pro plan' })).toBeVisible();
  await expect(page.getByText(/Billed monthly · Ends on /)).toBeVisible();
});
