import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { SignUpMutation } from '../../features/auth/useSignUp';
import { SessionWorkspacesQuery } from '../../features/auth/useStartSession';
import { ada, graphQLErrorResult, viewerMock } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { SignUpPage } from './SignUpPage';

const input = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'analytical engine', rememberMe: true };

function renderSignUp(mocks: MockedResponses = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/signup" element={<SignUpPage />} />
      <Route path="/w/:slug" element={<p>Workspace home</p>} />
    </Routes>,
    { route: '/signup', mocks },
  );
}

async function fillAndSubmit(values: typeof input) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^name/i), values.name);
  await user.type(screen.getByLabelText(/^email/i), values.email);
  await user.type(screen.getByLabelText(/^password/i), values.password);
  if (values.rememberMe) await user.click(screen.getByLabelText('Remember me'));
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('SignUpPage', () => {
  it('shows CONFLICT (email already registered) on the email field', async () => {
    renderSignUp([
      {
        request: { query: SignUpMutation, variables: { input } },
        result: graphQLErrorResult('An account with this email already exists', { code: 'CONFLICT' }),
      },
    ]);
    await fillAndSubmit(input);

    const email = screen.getByLabelText(/^email/i);
    expect(await screen.findByText('An account with this email already exists')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('rates the password as it is typed, the email counting as an easy guess', async () => {
    renderSignUp();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^email/i), 'grace.hopper@example.com');
    await user.type(screen.getByLabelText(/^password/i), 'gracehopper');
    expect(await screen.findByText('Very weak')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^password/i));
    await user.type(screen.getByLabelText(/^password/i), 'violet tractor melody');
    expect(await screen.findByText('Strong')).toBeInTheDocument();
  });

  it('requires a name', async () => {
    renderSignUp();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter your name')).toBeInTheDocument();
  });

  it('opens the new workspace after signing up', async () => {
    renderSignUp([
      {
        request: { query: SignUpMutation, variables: { input } },
        result: { data: { signUp: { __typename: 'User', id: 'u1', name: 'Ada Lovelace' } } },
      },
      viewerMock(ada),
      {
        request: { query: SessionWorkspacesQuery },
        result: { data: { workspaces: [{ __typename: 'Workspace', id: 'w1', slug: 'ada-workspace' }] } },
      },
    ]);
    await fillAndSubmit(input);

    expect(await screen.findByText('Workspace home')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/w/ada-workspace');
    expect(await screen.findByText('Welcome to Askbase, Ada Lovelace')).toBeInTheDocument();
    expect(screen.getByText('We sent a link to ada@example.com to verify your email address.')).toBeInTheDocument();
  });

  it('goes to the log-in page when the answer opened no session (the address already had an account)', async () => {
    renderSignUp([
      {
        request: { query: SignUpMutation, variables: { input } },
        result: { data: { signUp: { __typename: 'User', id: 'u9', name: 'Ada Lovelace' } } },
      },
      viewerMock(null),
    ]);
    await fillAndSubmit(input);

    expect(await screen.findByText('We sent a link to ada@example.com to verify your email address.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login'));
  });

  it('links to the terms, the privacy policy and the pricing page', () => {
    renderSignUp();
    const form = screen.getByRole('form', { name: 'Sign up' });
    expect(within(form).getByRole('link', { name: 'Terms of service' })).toHaveAttribute('href', '/terms');
    expect(within(form).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/privacy');
    expect(screen.getByRole('link', { name: 'Plans and pricing' })).toHaveAttribute('href', '/pricing');
    // And the footer, like every page.
    expect(screen.getByRole('button', { name: 'Cookie settings' })).toBeInTheDocument();
  });
});
