import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../AppRoutes';
import { LeaveWorkspaceMutation } from '../../features/workspace-settings/useLeaveWorkspace';
import { ada, viewerMock, workspaceCan } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { HomeWorkspacesQuery } from '../Home/HomeRedirectPage';
import { WorkspaceLayoutQuery } from '../WorkspaceLayout/WorkspaceLayout';
import { WorkspaceSettingsQuery } from '../WorkspaceSettings/WorkspaceSettingsLayout';
import { GeneralSettingsQuery } from './GeneralSettingsPage';

const other = {
  __typename: 'Workspace' as const,
  id: 'w2',
  name: 'Beta',
  slug: 'beta',
  viewerRole: 'OWNER' as const,
  viewerCan: workspaceCan(),
};

// What the server answers for a member and for the owner; the page reads nothing else to decide what it offers.
const MEMBER_CAN = workspaceCan({ leave: true, addDocuments: true });
const OWNER_CAN = workspaceCan({
  update: true,
  delete: true,
  invite: true,
  manageMembers: true,
  transferOwnership: true,
  addDocuments: true,
  readAuditLog: true,
  manageReports: true,
});

function renderWith(viewerCan: ReturnType<typeof workspaceCan>, extra: MockedResponses = []) {
  const acme = { __typename: 'Workspace' as const, id: 'w1', name: 'Acme Support', slug: 'acme', viewerRole: 'MEMBER' as const, viewerCan };
  renderWithProviders(<AppRoutes />, {
    route: '/w/acme/settings',
    mocks: [
      viewerMock(ada),
      { request: { query: WorkspaceLayoutQuery }, result: { data: { me: { ...ada, avatarUrl: null }, workspaces: [acme, other] } } },
      { request: { query: WorkspaceSettingsQuery, variables: { slug: 'acme' } }, result: { data: { workspace: acme } } },
      {
        request: { query: GeneralSettingsQuery, variables: { slug: 'acme' } },
        result: { data: { workspace: { ...acme, createdAt: '2026-01-15T10:00:00.000Z' } } },
      },
      ...extra,
    ],
  });
}

describe('GeneralSettingsPage', () => {
  it('shows the settings read-only without update, no audit tab without readAuditLog, and leaving with leave', async () => {
    renderWith(MEMBER_CAN, [
      { request: { query: LeaveWorkspaceMutation, variables: { workspaceId: 'w1' } }, result: { data: { leaveWorkspace: true } } },
      {
        request: { query: HomeWorkspacesQuery },
        result: { data: { workspaces: [{ __typename: 'Workspace', id: 'w2', slug: 'beta' }] } },
      },
    ]);

    const name = await screen.findByRole('textbox', { name: /workspace name/i });
    expect(name).toHaveValue('Acme Support');
    expect(name).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Audit log' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete workspace' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Leave workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave Acme Support?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave workspace' }));

    expect(await screen.findByText('You no longer have access to Acme Support.')).toBeInTheDocument();
    // Home picks a workspace still theirs; the one left is gone from the cached list.
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/w\/beta$/));
  });

  it('gives the owner (update, delete, transferOwnership, no leave) the form and "Delete workspace", and says how to leave', async () => {
    renderWith(OWNER_CAN);

    expect(await screen.findByRole('button', { name: 'Save changes' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delete workspace' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Leave workspace' })).not.toBeInTheDocument();
    expect(screen.getByText(/first make another member the owner/)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Audit log' })).toBeInTheDocument();
  });

  it('offers neither leaving nor deleting when the server allows neither', async () => {
    renderWith(workspaceCan());

    expect(await screen.findByText('You cannot leave this workspace.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Leave workspace' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete workspace' })).not.toBeInTheDocument();
  });
});
