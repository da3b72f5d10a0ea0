import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { LogInMutation } from '../../features/auth/useLogIn';
import { SessionWorkspacesQuery } from '../../features/auth/useStartSession';
import { saveConsent } from '../../features/consent/consent';
import { COOKIE_POLICY_VERSION } from '../../features/consent/consentPolicy';
import { RecordCookieConsentMutation } from '../../features/consent/useRecordCookieConsent';
import { ada, graphQLErrorResult, viewerMock } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { LogInPage } from './LogInPage';

const input = { email: 'ada@example.com', password: 'correct horse', rememberMe: false };

function renderLogIn(mocks: MockedResponses = [], route = '/login') {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<LogInPage />} />
      <Route path="*" element={<p>Elsewhere</p>} />
    </Routes>,
    { route, mocks },
  );
}

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText(/^email/i), email);
  if (password) await user.type(screen.getByLabelText(/^password/i), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LogInPage', () => {
  it('shows client-side validation messages without calling the server', async () => {
    renderLogIn();
    await fillAndSubmit('not-an-email', 'short');

    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByText('Password must be at least 8 characters')).toBeInTheDocument();
    expect(screen.getByLabelText(/^email/i)).toHaveAttribute('aria-invalid', 'true');
    // No mock was given: had the mutation been sent, the form would show an error alert.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows BAD_USER_INPUT field errors from the server on their field', async () => {
    renderLogIn([
      {
        request: { query: LogInMutation, variables: { input } },
        result: graphQLErrorResult('Invalid input', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'password', message: 'This password was found in a data breach' }],
        }),
      },
    ]);
    await fillAndSubmit(input.email, input.password);

    expect(await screen.findByText('This password was found in a data breach')).toBeInTheDocument();
    const password = screen.getByLabelText(/^password/i);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/found in a data breach/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows other server errors in a form-level alert', async () => {
    renderLogIn([
      {
        request: { query: LogInMutation, variables: { input } },
        result: graphQLErrorResult('Wrong email or password', { code: 'UNAUTHENTICATED' }),
      },
    ]);
    await fillAndSubmit(input.email, input.password);

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
  });

  it('refetches the session and opens the ?next= page after logging in', async () => {
    renderLogIn(
      [
        { request: { query: LogInMutation, variables: { input } }, result: { data: { logIn: { __typename: 'User', id: 'u1' } } } },
        viewerMock(ada),
        {
          request: { query: SessionWorkspacesQuery },
          result: { data: { workspaces: [{ __typename: 'Workspace', id: 'w1', slug: 'acme' }] } },
        },
      ],
      '/login?next=%2Fw%2Facme%2Fsettings',
    );
    await fillAndSubmit(input.email, input.password);

    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/w/acme/settings');
  });

  it('records the cookie choice made before logging in for the account, right after logging in', async () => {
    saveConsent(['productAnalytics']);
    const recorded = vi.fn(() => ({ data: { recordCookieConsent: true } }));
    renderLogIn([
      { request: { query: LogInMutation, variables: { input } }, result: { data: { logIn: { __typename: 'User', id: 'u1' } } } },
      viewerMock(ada),
      {
        request: {
          query: RecordCookieConsentMutation,
          variables: { input: { policyVersion: COOKIE_POLICY_VERSION, granted: ['productAnalytics'] } },
        },
        result: recorded,
      },
      {
        request: { query: SessionWorkspacesQuery },
        result: { data: { workspaces: [{ __typename: 'Workspace', id: 'w1', slug: 'acme' }] } },
      },
    ]);
    await fillAndSubmit(input.email, input.password);

    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(recorded).toHaveBeenCalledTimes(1);
  });

  it('links to the pricing page', () => {
    renderLogIn();
    expect(screen.getByRole('link', { name: 'Plans and pricing' })).toHaveAttribute('href', '/pricing');
  });

  it('links to the forgotten-password page', async () => {
    renderLogIn();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Forgot password?' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/forgot-password');
  });

  it('links to the sign-up page', () => {
    renderLogIn();
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/signup');
  });
});
