import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { VerifyEmailMutation, VerifyEmailPage } from './VerifyEmailPage';

const TOKEN = 'a'.repeat(43);

function renderPage(route: string, mocks: MockedResponses = []) {
  renderWithProviders(
    <Routes>
      <Route path="/verify-email" element={<VerifyEmailPage />} />
    </Routes>,
    { route, mocks },
  );
}

describe('VerifyEmailPage', () => {
  it('verifies the token from the link and says so', async () => {
    renderPage(`/verify-email?token=${TOKEN}`, [
      {
        request: { query: VerifyEmailMutation, variables: { token: TOKEN } },
        result: { data: { verifyEmail: { __typename: 'User', id: 'u1', email: 'ada@example.com', emailVerified: true } } },
      },
    ]);
    expect(await screen.findByText('Email verified')).toBeInTheDocument();
    expect(screen.getByText('ada@example.com')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue to Askbase' })).toHaveAttribute('href', '/');
  });

  it('shows the server’s reason for a used or expired link', async () => {
    const message = 'This verification link has expired. Sign in and send a new one.';
    renderPage(`/verify-email?token=${TOKEN}`, [
      {
        request: { query: VerifyEmailMutation, variables: { token: TOKEN } },
        result: graphQLErrorResult(message, { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'token', message }] }),
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByText('We could not verify your email')).toBeInTheDocument();
  });

  it('explains a link without a token, without asking the server', async () => {
    renderPage('/verify-email');
    expect(await screen.findByRole('alert')).toHaveTextContent('needs the link from the verification email');
  });
});
