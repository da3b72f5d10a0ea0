import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { AppRoutes } from '../../AppRoutes';
import { CreateCheckoutSessionMutation } from '../../features/billing/useBillingRedirects';
import { ada, viewerMock, workspaceCan } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { WorkspaceLayoutQuery } from '../WorkspaceLayout/WorkspaceLayout';
import { WorkspaceSettingsQuery } from '../WorkspaceSettings/WorkspaceSettingsLayout';
import { BillingSettingsQuery } from './BillingSettingsPage';

const meter = (used: number, limit: number) => ({ __typename: 'UsageMeter' as const, used, limit });
const usage = { __typename: 'Usage' as const, members: meter(2, 3), documents: meter(5, 20), questionsThisPeriod: meter(90, 100) };

function subscription(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WorkspaceSubscription' as const,
    plan: 'FREE',
    status: 'NONE',
    interval: null,
    currentPeriodEnd: null,
    cancelAtPeriodEnd: false,
    graceEndsAt: null,
    compPlan: null,
    compUntil: null,
    ...overrides,
  };
}

const invoice = {
  __typename: 'Invoice' as const,
  id: 'in_1',
  amountPaid: 2000,
  amountDue: 2000,
  currency: 'usd',
  status: 'paid',
  hostedInvoiceUrl: 'https://pay.example/in_1',
  createdAt: '2026-12-01T10:00:00.000Z',
};

const plan = (id: string, name: string, monthlyPriceCents: number, yearlyPriceCents: number) => ({
  __typename: 'Plan' as const,
  id,
  name,
  monthlyPriceCents,
  yearlyPriceCents,
});
const plans = [plan('FREE', 'Free', 0, 0), plan('PRO', 'Pro', 2000, 20000)];

function renderBilling(options: {
  owner: boolean;
  subscription: ReturnType<typeof subscription>;
  route?: string;
  extra?: MockedResponses;
  plans?: typeof plans;
  /** The billing query answers with a server error. */
  failBilling?: boolean;
  /** The billing query never answers. */
  holdBilling?: boolean;
}) {
  const acme = {
    __typename: 'Workspace' as const,
    id: 'w1',
    name: 'Acme Support',
    slug: 'acme',
    viewerRole: options.owner ? ('OWNER' as const) : ('MEMBER' as const),
    viewerCan: workspaceCan({ manageBilling: options.owner, readAuditLog: options.owner }),
  };
  const sub = options.owner ? { ...options.subscription, invoices: [invoice] } : options.subscription;
  renderWithProviders(<AppRoutes />, {
    route: options.route ?? '/w/acme/settings/billing',
    mocks: [
      viewerMock(ada),
      { request: { query: WorkspaceLayoutQuery }, result: { data: { me: { ...ada, avatarUrl: null }, workspaces: [acme] } } },
      { request: { query: WorkspaceSettingsQuery, variables: { slug: 'acme' } }, result: { data: { workspace: acme } } },
      {
        request: { query: BillingSettingsQuery, variables: { slug: 'acme', withInvoices: options.owner } },
        ...(options.holdBilling
          ? { delay: Number.POSITIVE_INFINITY }
          : options.failBilling
            ? { result: { errors: [new GraphQLError('Something went wrong.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] } }
            : {
                result: {
                  data: { workspace: { __typename: 'Workspace', id: 'w1', subscription: sub, usage }, plans: options.plans ?? plans },
                },
              }),
      },
      ...(options.extra ?? []),
    ],
  });
}

describe('BillingSettingsPage', () => {
  it('shows the owner an active Pro subscription: interval, renewal date, invoices with amounts, Manage billing', async () => {
    renderBilling({
      owner: true,
      subscription: subscription({ plan: 'PRO', status: 'ACTIVE', interval: 'MONTH', currentPeriodEnd: '2027-01-01T12:00:00.000Z' }),
    });
    expect(await screen.findByRole('heading', { name: 'Pro plan' })).toBeInTheDocument();
    expect(screen.getByText(/Billed monthly · Renews on January 1, 2027/)).toBeInTheDocument();
    const invoices = screen.getByRole('table', { name: 'Invoices' });
    expect(within(invoices).getByText('$20.00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Manage billing' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Upgrade/ })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Billing', selected: true })).toBeInTheDocument();
  });

  it('warns about a failed payment with the end of the grace period, and about a cancellation at period end', async () => {
    renderBilling({
      owner: true,
      subscription: subscription({
        plan: 'PRO',
        status: 'PAST_DUE',
        interval: 'YEAR',
        currentPeriodEnd: '2027-06-01T12:00:00.000Z',
        cancelAtPeriodEnd: true,
        graceEndsAt: '2026-12-08T12:00:00.000Z',
      }),
    });
    expect(await screen.findByText('Payment failed')).toBeInTheDocument();
    expect(screen.getByText(/Pro limits stay until December 8, 2026/)).toBeInTheDocument();
    expect(screen.getByText(/Your subscription ends on June 1, 2027/)).toBeInTheDocument();
  });

  it('offers the owner of a Free workspace both upgrades, says so after a cancelled checkout, and shows a provider failure in place', async () => {
    renderBilling({
      owner: true,
      subscription: subscription(),
      route: '/w/acme/settings/billing?checkout=cancelled',
      extra: [
        {
          request: { query: CreateCheckoutSessionMutation, variables: { workspaceId: 'w1', interval: 'YEAR' } },
          result: {
            errors: [
              new GraphQLError('The payment provider is not answering right now. Nothing was changed: try again in a minute.', {
                extensions: { code: 'BILLING_PROVIDER_UNAVAILABLE' },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByText('Checkout cancelled')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upgrade monthly ($20/month)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upgrade yearly ($200/year)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Upgrade yearly/ }));
    expect(await screen.findByText('Could not open the payment page')).toBeInTheDocument();
    expect(screen.getByText(/The payment provider is not answering right now/)).toBeInTheDocument();
  });

  it('thanks the owner back from a paid checkout', async () => {
    renderBilling({ owner: true, subscription: subscription(), route: '/w/acme/settings/billing?checkout=success' });
    expect(await screen.findByText('Thank you!')).toBeInTheDocument();
  });

  it('shows other roles the plan, a granted plan and usage, without upgrading, the portal or invoices', async () => {
    renderBilling({ owner: false, subscription: subscription({ plan: 'PRO', compPlan: 'PRO', compUntil: '2027-03-31T23:59:59.999Z' }) });
    expect(await screen.findByRole('heading', { name: 'Pro plan' })).toBeInTheDocument();
    expect(screen.getByText(/Pro granted by Askbase support until March 31, 2027/)).toBeInTheDocument();
    expect(screen.getByText('Questions this period')).toBeInTheDocument();
    expect(screen.getByText('Only the workspace owner can change the plan.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Upgrade|Manage billing/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Invoices' })).not.toBeInTheDocument();
  });

  it('names plans and prices as the server has them', async () => {
    renderBilling({
      owner: true,
      subscription: subscription(),
      plans: [plan('FREE', 'Starter', 0, 0), plan('PRO', 'Team', 2500, 24000)],
    });
    expect(await screen.findByRole('heading', { name: 'Starter plan' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upgrade monthly ($25/month)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upgrade yearly ($240/year)' })).toBeInTheDocument();
  });

  // Two tests: an answer that comes while the page is still rendering is committed without the loading state ever
  // being shown (it failed that way under load), so the placeholder is checked with a query that never answers.
  it('shows a loading placeholder while the billing is loading', async () => {
    renderBilling({ owner: true, subscription: subscription(), holdBilling: true });
    expect(await screen.findByLabelText('Loading billing')).toBeInTheDocument();
  });

  it('shows a retry when the billing could not be loaded', async () => {
    renderBilling({ owner: true, subscription: subscription(), failBilling: true });
    expect(await screen.findByRole('button', { name: /Try again|Retry/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Loading billing')).not.toBeInTheDocument();
  });
});
