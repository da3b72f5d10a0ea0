import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { RequestPasswordResetMutation } from '../../features/auth/useRequestPasswordReset';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { ForgotPasswordPage } from './ForgotPasswordPage';

function renderPage(mocks: MockedResponses = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
    </Routes>,
    { route: '/forgot-password', mocks },
  );
}

async function submit(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^email/i), email);
  await user.click(screen.getByRole('button', { name: 'Send the link' }));
}

describe('ForgotPasswordPage', () => {
  it('says a link was sent if an account exists, without saying whether one does', async () => {
    renderPage([
      {
        request: { query: RequestPasswordResetMutation, variables: { email: 'ada@example.com' } },
        result: { data: { requestPasswordReset: true } },
      },
    ]);
    await submit('ada@example.com');
    expect(await screen.findByText(/If an account exists for ada@example.com, we sent it a link/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the link' })).not.toBeInTheDocument();
  });

  it('checks the address before asking the server', async () => {
    renderPage();
    await submit('not-an-address');
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
  });

  it('shows RATE_LIMITED in the alert', async () => {
    renderPage([
      {
        request: { query: RequestPasswordResetMutation, variables: { email: 'ada@example.com' } },
        result: graphQLErrorResult('Too many attempts. Try again in 60 seconds.', { code: 'RATE_LIMITED', retryAfterSeconds: 60 }),
      },
    ]);
    await submit('ada@example.com');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 60 seconds.');
  });
});
