import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionWorkspacesQuery } from '../../features/auth/useStartSession';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { PricingPage, PricingPageQuery } from './PricingPage';

const plans = [
  {
    __typename: 'Plan' as const,
    id: 'FREE',
    name: 'Free',
    monthlyPriceCents: 0,
    yearlyPriceCents: 0,
    limits: { __typename: 'PlanLimits' as const, members: 3, documents: 20, documentBytes: 1_000_000, questionsPerPeriod: 100 },
  },
  {
    __typename: 'Plan' as const,
    id: 'PRO',
    name: 'Pro',
    monthlyPriceCents: 2000,
    yearlyPriceCents: 20000,
    limits: { __typename: 'PlanLimits' as const, members: 50, documents: 2000, documentBytes: 10_000_000, questionsPerPeriod: 5000 },
  },
];

function pricingMock(signedIn: boolean): MockedResponses[number] {
  return {
    request: { query: PricingPageQuery },
    result: { data: { plans, me: signedIn ? { __typename: 'User', id: 'u1' } : null } },
  };
}

const workspacesMock: MockedResponses[number] = {
  request: { query: SessionWorkspacesQuery },
  result: {
    data: {
      workspaces: [
        { __typename: 'Workspace', id: 'w1', slug: 'acme' },
        { __typename: 'Workspace', id: 'w2', slug: 'side' },
      ],
    },
  },
};

const card = (name: string) => screen.getByRole('region', { name: `${name} plan` });

describe('PricingPage', () => {
  it('compares the plans’ limits and monthly prices, and switches to yearly prices', async () => {
    renderWithProviders(<PricingPage />, { mocks: [pricingMock(false)] });
    await screen.findByRole('region', { name: 'Pro plan' });
    expect(within(card('Free')).getByText('3 members, pending invitations included')).toBeInTheDocument();
    expect(within(card('Pro')).getByText('2,000 documents')).toBeInTheDocument();
    expect(within(card('Pro')).getByText('10 MB per document')).toBeInTheDocument();
    expect(within(card('Free')).getByText('100 copilot questions a month')).toBeInTheDocument();
    expect(screen.getByTestId('PRO-price')).toHaveTextContent('$20 / month');
    expect(screen.getByTestId('FREE-price')).toHaveTextContent('$0 / month');

    await userEvent.setup().click(screen.getByText('Yearly'));
    expect(screen.getByTestId('PRO-price')).toHaveTextContent('$200 / year');
    expect(within(card('Pro')).getByText('2 months free compared with monthly')).toBeInTheDocument();
  });

  it('leads a logged-out visitor to sign up', async () => {
    renderWithProviders(<PricingPage />, { mocks: [pricingMock(false)] });
    await screen.findByRole('region', { name: 'Pro plan' });
    expect(within(card('Pro')).getByRole('link', { name: 'Sign up to upgrade' })).toHaveAttribute('href', '/signup');
    expect(within(card('Free')).getByRole('link', { name: 'Start for free' })).toHaveAttribute('href', '/signup');
  });

  it('leads a signed-in user to the billing settings of their last used workspace, with the chosen interval', async () => {
    window.localStorage.setItem('askbase.lastWorkspaceSlug', 'side');
    renderWithProviders(<PricingPage />, { mocks: [pricingMock(true), workspacesMock] });
    const upgrade = await within(await screen.findByRole('region', { name: 'Pro plan' })).findByRole('link', {
      name: 'Upgrade in billing settings',
    });
    expect(upgrade).toHaveAttribute('href', '/w/side/settings/billing?plan=PRO&interval=MONTH');
    await userEvent.setup().click(screen.getByText('Yearly'));
    expect(upgrade).toHaveAttribute('href', '/w/side/settings/billing?plan=PRO&interval=YEAR');
    expect(within(card('Free')).getByRole('link', { name: 'See your plan' })).toHaveAttribute('href', '/w/side/settings/billing');
  });

  it('shows placeholders while the plans load, and a retry when they cannot be loaded', async () => {
    renderWithProviders(<PricingPage />, {
      mocks: [{ request: { query: PricingPageQuery }, error: new Error('Network down') }],
    });
    expect(screen.getAllByLabelText('Loading plans')).toHaveLength(2);
    expect(await screen.findByText('The plans could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
