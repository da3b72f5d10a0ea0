import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { EmailVerificationBanner } from './EmailVerificationBanner';
import { ResendVerificationEmailMutation, waitPhrase } from './useResendVerificationEmail';

const unverified = { __typename: 'User' as const, id: 'u1', email: 'ada@example.com', emailVerified: false };

function renderBanner(user = unverified, mocks: MockedResponses = []) {
  // The fragment's data, as the layout hands it over.
  renderWithProviders(<EmailVerificationBanner user={user as never} />, { mocks });
}

describe('EmailVerificationBanner', () => {
  it('says where the link went, and is gone once verified', () => {
    renderBanner();
    expect(screen.getByText('Verify your email')).toBeInTheDocument();
    expect(screen.getByText('ada@example.com')).toBeInTheDocument();
  });

  it('renders nothing for a verified user', () => {
    renderBanner({ ...unverified, emailVerified: true });
    expect(screen.queryByText('Verify your email')).not.toBeInTheDocument();
  });

  it('resends a link and says so in place', async () => {
    renderBanner(unverified, [
      { request: { query: ResendVerificationEmailMutation }, result: { data: { resendVerificationEmail: true } } },
    ]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Resend' }));
    expect(await screen.findByText(/A new link is on its way to ada@example.com/)).toBeInTheDocument();
  });

  it('explains a rate limit with the wait, in minutes', async () => {
    renderBanner(unverified, [
      {
        request: { query: ResendVerificationEmailMutation },
        result: graphQLErrorResult('Too many attempts. Try again in 1800 seconds.', { code: 'RATE_LIMITED', retryAfterSeconds: 1800 }),
      },
    ]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Resend' }));
    expect(await screen.findByText(/You can send another one in 30 minutes/)).toBeInTheDocument();
  });

  it('phrases waits readably', () => {
    expect(waitPhrase(42)).toBe('in 42 seconds');
    expect(waitPhrase(3599)).toBe('in 60 minutes');
    expect(waitPhrase(null)).toBe('in a little while');
  });
});
