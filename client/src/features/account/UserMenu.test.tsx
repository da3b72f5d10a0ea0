import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/renderWithProviders';
import { probablySignedIn, rememberSignedIn } from '../auth/signedInHint';
import { LogOutMutation } from '../auth/useLogOut';
import { UserMenu } from './UserMenu';

const ada = { __typename: 'User' as const, id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com', avatarUrl: null };

describe('UserMenu', () => {
  it('logs out to the log-in page, and this browser no longer counts as signed in', async () => {
    rememberSignedIn();
    renderWithProviders(<UserMenu user={ada} />, {
      route: '/w/acme/chat',
      mocks: [{ request: { query: LogOutMutation }, result: { data: { logOut: true } } }],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Account menu for Ada Lovelace' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Log out' }));

    expect(await screen.findByText('Logged out')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login'));
    // The next visit to a chat link waits for the session check rather than preloading queries bound to fail.
    expect(probablySignedIn()).toBe(false);
  });
});
