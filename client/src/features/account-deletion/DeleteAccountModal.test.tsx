import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { LogInPage } from '../../pages/LogIn/LogInPage';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { probablySignedIn, rememberSignedIn } from '../auth/signedInHint';
import { DeleteAccountModal } from './DeleteAccountModal';
import { DeleteAccountMutation } from './useDeleteAccount';

function renderModal(mocks: MockedResponses = []) {
  renderWithProviders(
    <Routes>
      <Route path="/account/privacy" element={<DeleteAccountModal opened onClose={() => {}} />} />
      <Route path="/login" element={<LogInPage />} />
    </Routes>,
    { route: '/account/privacy', mocks },
  );
}

const passwordField = () => screen.getByLabelText('Your password');
const deleteButton = () => screen.getByRole('button', { name: 'Delete my account' });
const deleting = (password: string) => ({ query: DeleteAccountMutation, variables: { password } });

describe('DeleteAccountModal', () => {
  it('deletes with the password, then shows the log-in page with a notice', async () => {
    rememberSignedIn();
    renderModal([{ request: deleting('correct horse battery'), result: { data: { deleteAccount: true } } }]);
    const user = userEvent.setup();
    await user.type(passwordField(), 'correct horse battery');
    await user.click(deleteButton());

    expect(await screen.findByText('Your account was deleted')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    // No session is left anywhere: a later visit to a signed-in page waits for the session check, preloading nothing.
    expect(probablySignedIn()).toBe(false);
  });

  it('shows a wrong password on the field', async () => {
    const message = 'The password is incorrect.';
    renderModal([
      {
        request: deleting('nope'),
        result: graphQLErrorResult(message, { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'password', message }] }),
      },
    ]);
    const user = userEvent.setup();
    await user.type(passwordField(), 'nope');
    await user.click(deleteButton());

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(passwordField()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Your account was deleted')).not.toBeInTheDocument();
  });

  it('lists the workspaces to hand on first, each linking to its members page', async () => {
    renderModal([
      {
        request: deleting('correct horse battery'),
        result: graphQLErrorResult('You own a workspace with other members: “Acme”.', {
          code: 'CONFLICT',
          workspaces: [{ id: 'w1', name: 'Acme', slug: 'acme' }],
        }),
      },
    ]);
    const user = userEvent.setup();
    await user.type(passwordField(), 'correct horse battery');
    await user.click(deleteButton());

    expect(await screen.findByText('First hand on the workspaces you own')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/w/acme/settings/members');
  });
});
