import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { ResetPasswordMutation } from '../../features/auth/useResetPassword';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { ResetPasswordPage } from './ResetPasswordPage';

const token = 'A'.repeat(43);

function renderPage(mocks: MockedResponses = [], route = `/reset-password?token=${token}`) {
  return renderWithProviders(
    <Routes>
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/login" element={<p>Log-in page</p>} />
      <Route path="/forgot-password" element={<p>Forgot password page</p>} />
    </Routes>,
    { route, mocks },
  );
}

async function submit(newPassword: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^new password/i), newPassword);
  await user.click(screen.getByRole('button', { name: 'Set the new password' }));
}

describe('ResetPasswordPage', () => {
  it('rates the new password as it is typed', async () => {
    renderPage();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^new password/i), 'password');
    expect(await screen.findByText('Very weak')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Strength of the password: Very weak' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^new password/i), ' violet tractor melody');
    expect(await screen.findByText('Strong')).toBeInTheDocument();
  });

  it('sets the password and sends the user to log in', async () => {
    renderPage([
      {
        request: { query: ResetPasswordMutation, variables: { token, newPassword: 'violet tractor melody' } },
        result: { data: { resetPassword: true } },
      },
    ]);
    await submit('violet tractor melody');
    expect(await screen.findByText('Log-in page')).toBeInTheDocument();
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
  });

  it('shows a refused password on the field', async () => {
    renderPage([
      {
        request: { query: ResetPasswordMutation, variables: { token, newPassword: 'aaaaaaaa' } },
        result: graphQLErrorResult('Repeated characters like "aaaa" are easy to guess.', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'newPassword', message: 'Repeated characters like "aaaa" are easy to guess.' }],
        }),
      },
    ]);
    await submit('aaaaaaaa');
    expect(await screen.findByText('Repeated characters like "aaaa" are easy to guess.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^new password/i)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a used link and offers a new one', async () => {
    const message = 'This password reset link has already been used. Ask for a new one.';
    renderPage([
      {
        request: { query: ResetPasswordMutation, variables: { token, newPassword: 'violet tractor melody' } },
        result: graphQLErrorResult(message, { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'token', message }] }),
      },
    ]);
    await submit('violet tractor melody');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await userEvent.setup().click(screen.getByRole('link', { name: 'Get a new link' }));
    expect(await screen.findByText('Forgot password page')).toBeInTheDocument();
  });

  it('says so when the link has no token', () => {
    renderPage([], '/reset-password');
    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete');
  });
});
