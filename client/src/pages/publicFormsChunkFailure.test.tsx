import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { LogInMutation } from '../features/auth/useLogIn';
import { RequestPasswordResetMutation } from '../features/auth/useRequestPasswordReset';
import { ResetPasswordMutation } from '../features/auth/useResetPassword';
import { SignUpMutation } from '../features/auth/useSignUp';
import { graphQLErrorResult } from '../test/mocks';
import { renderWithProviders } from '../test/renderWithProviders';
import { ForgotPasswordPage } from './ForgotPassword/ForgotPasswordPage';
import { LogInPage } from './LogIn/LogInPage';
import { ResetPasswordPage } from './ResetPassword/ResetPasswordPage';
import { SignUpPage } from './SignUp/SignUpPage';

// The public forms' validation chunk, as the network delivers it: `chunk.reachable` false makes every fetch fail the
// way a dropped connection or a replaced deploy does. The resolvers are the app's own (lazyResolver over the real
// authResolvers module); only the fetch is gated. Each page has its own resolver, so each test starts unloaded.
const chunk = vi.hoisted(() => ({ reachable: true, fetches: 0 }));
vi.mock('../features/auth/lazyAuthResolvers', async () => {
  const { lazyResolver } = await import('../features/forms/lazyResolver');
  const load = async () => {
    chunk.fetches += 1;
    if (!chunk.reachable) throw new TypeError('Failed to fetch dynamically imported module: /assets/authResolvers.js');
    return import('../features/auth/authResolvers');
  };
  return {
    lazyLogInResolver: lazyResolver(() => load().then((module) => module.logInResolver)),
    lazySignUpResolver: lazyResolver(() => load().then((module) => module.signUpResolver)),
    lazyForgotPasswordResolver: lazyResolver(() => load().then((module) => module.forgotPasswordResolver)),
    lazyResetPasswordResolver: lazyResolver(() => load().then((module) => module.resetPasswordResolver)),
  };
});

const UNAVAILABLE = 'Could not load the form. Check your connection and try again.';
const token = 'A'.repeat(43);

beforeEach(() => {
  chunk.reachable = false;
  chunk.fetches = 0;
});

/** Submits while the chunk cannot be fetched, expects the form-level message, then submits again once it can. */
async function submitOfflineThenOnline(button: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: button }));
  expect(await screen.findByRole('alert')).toHaveTextContent(UNAVAILABLE);
  expect(chunk.fetches).toBeGreaterThanOrEqual(2); // the preload after paint, then the submit: both failed

  chunk.reachable = true;
  await user.click(screen.getByRole('button', { name: button }));
}

describe('public forms whose validation chunk cannot be fetched', () => {
  it('log in: says so in the form, and the next submit fetches it and logs in', async () => {
    const input = { email: 'ada@example.com', password: 'correct horse', rememberMe: false };
    const sent = vi.fn(() => graphQLErrorResult('Wrong email or password', { code: 'UNAUTHENTICATED' }));
    renderWithProviders(
      <Routes>
        <Route path="/login" element={<LogInPage />} />
      </Routes>,
      { route: '/login', mocks: [{ request: { query: LogInMutation, variables: { input } }, result: sent }] },
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^email/i), input.email);
    await user.type(screen.getByLabelText(/^password/i), input.password);

    await submitOfflineThenOnline('Log in');

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
    expect(screen.getByRole('alert')).not.toHaveTextContent(UNAVAILABLE);
  });

  it('sign up: says so in the form, and the next submit fetches it and creates the account', async () => {
    const input = { name: 'Ada', email: 'ada@example.com', password: 'violet tractor melody', rememberMe: false };
    const sent = vi.fn(() => graphQLErrorResult('Too many attempts. Try again in 60 seconds.', { code: 'RATE_LIMITED' }));
    renderWithProviders(
      <Routes>
        <Route path="/signup" element={<SignUpPage />} />
      </Routes>,
      { route: '/signup', mocks: [{ request: { query: SignUpMutation, variables: { input } }, result: sent }] },
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^name/i), input.name);
    await user.type(screen.getByLabelText(/^email/i), input.email);
    await user.type(screen.getByLabelText(/^password/i), input.password);

    await submitOfflineThenOnline('Create account');

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts');
  });

  it('forgot password: says so in the form, and the next submit sends the link', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      </Routes>,
      {
        route: '/forgot-password',
        mocks: [
          {
            request: { query: RequestPasswordResetMutation, variables: { email: 'ada@example.com' } },
            result: { data: { requestPasswordReset: true } },
          },
        ],
      },
    );
    await userEvent.setup().type(screen.getByLabelText(/^email/i), 'ada@example.com');

    await submitOfflineThenOnline('Send the link');

    expect(await screen.findByText(/If an account exists for ada@example.com, we sent it a link/)).toBeInTheDocument();
  });

  it('reset password: says so without offering a new link (this one still works), then sets the password', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/login" element={<p>Log-in page</p>} />
      </Routes>,
      {
        route: `/reset-password?token=${token}`,
        mocks: [
          {
            request: { query: ResetPasswordMutation, variables: { token, newPassword: 'violet tractor melody' } },
            result: { data: { resetPassword: true } },
          },
        ],
      },
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^new password/i), 'violet tractor melody');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(UNAVAILABLE);
    expect(screen.queryByRole('link', { name: 'Get a new link' })).not.toBeInTheDocument();

    chunk.reachable = true;
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));

    expect(await screen.findByText('Log-in page')).toBeInTheDocument();
  });
});
