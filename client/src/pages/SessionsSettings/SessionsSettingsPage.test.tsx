import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RevokeOtherSessionsMutation } from '../../features/sessions/useRevokeOtherSessions';
import { RevokeSessionMutation } from '../../features/sessions/useRevokeSession';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { SessionsSettingsPage, SessionsSettingsQuery } from './SessionsSettingsPage';

const session = (id: string, overrides: Record<string, unknown>) => ({
  __typename: 'Session' as const,
  id,
  device: 'Mac OS 10.15.7',
  browser: 'Chrome 131',
  ip: '203.0.113.7',
  createdAt: '2026-11-30T10:00:00.000Z',
  lastSeenAt: '2026-12-01T09:00:00.000Z',
  current: false,
  ...overrides,
});
const sessions = [
  session('s1', { current: true }),
  session('s2', { device: 'iOS 18.1 · Apple iPhone', browser: 'Mobile Safari 18', ip: '198.51.100.2' }),
  session('s3', { device: 'Windows 10', browser: 'Firefox 133', ip: '192.0.2.9' }),
];

function renderPage(extra: MockedResponses = []) {
  renderWithProviders(<SessionsSettingsPage />, {
    mocks: [{ request: { query: SessionsSettingsQuery }, result: { data: { sessions } } }, ...extra],
  });
}

describe('SessionsSettingsPage', () => {
  it('lists sessions with device, browser, IP and last seen, and marks this device', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Sessions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0] as HTMLElement).getByText('Chrome 131 on Mac OS 10.15.7')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('This device')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).queryByRole('button', { name: /End the session/ })).not.toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('198.51.100.2')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Mobile Safari 18 on iOS 18.1 · Apple iPhone')).toBeInTheDocument();
  });

  it('ends one session after confirming, and it leaves the list', async () => {
    renderPage([{ request: { query: RevokeSessionMutation, variables: { id: 's2' } }, result: { data: { revokeSession: true } } }]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'End the session Mobile Safari 18 on iOS 18.1 · Apple iPhone' }));
    const dialog = await screen.findByRole('dialog', { name: 'End this session?' });
    await user.click(within(dialog).getByRole('button', { name: 'End session' }));
    await waitFor(() => expect(screen.queryByText('198.51.100.2')).not.toBeInTheDocument());
    expect(await screen.findByText('Session ended')).toBeInTheDocument();
  });

  it('ends all other sessions after confirming, keeping this one', async () => {
    renderPage([{ request: { query: RevokeOtherSessionsMutation }, result: { data: { revokeOtherSessions: 2 } } }]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'End all other sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'End all other sessions?' });
    await user.click(within(dialog).getByRole('button', { name: 'End other sessions' }));
    expect(await screen.findByText('2 other sessions are signed out.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Sessions' })).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByText('This device')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'End all other sessions' })).not.toBeInTheDocument();
  });
});
