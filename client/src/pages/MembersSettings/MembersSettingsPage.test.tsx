import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../AppRoutes';
import { WorkspaceUsageSubscription } from '../../features/members/MembersUsage';
import { RemoveMemberMutation } from '../../features/members/useRemoveMember';
import { RevokeInvitationMutation } from '../../features/members/useRevokeInvitation';
import { TransferOwnershipMutation } from '../../features/members/useTransferOwnership';
import type { Role } from '../../gql/graphql';
import { ada, membershipCan, viewerMock, workspaceCan } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { WorkspaceLayoutQuery } from '../WorkspaceLayout/WorkspaceLayout';
import { WorkspaceSettingsQuery } from '../WorkspaceSettings/WorkspaceSettingsLayout';
import { MEMBERS_PAGE_SIZE, MembersSettingsQuery } from './MembersSettingsPage';

// What the server answers for the owner, then (after handing ownership over) for an admin.
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
const ADMIN_CAN = workspaceCan({
  update: true,
  invite: true,
  manageMembers: true,
  leave: true,
  addDocuments: true,
  readAuditLog: true,
  manageReports: true,
});
const acme = {
  __typename: 'Workspace' as const,
  id: 'w1',
  name: 'Acme Support',
  slug: 'acme',
  viewerRole: 'OWNER' as Role,
  viewerCan: OWNER_CAN,
};
const ALL = membershipCan({ changeRole: true, remove: true, transferOwnership: true });

function edge(id: string, name: string, role: string, viewerCan = membershipCan()) {
  return {
    __typename: 'MembershipEdge',
    cursor: `c-${id}`,
    node: {
      __typename: 'Membership',
      id: `m-${id}`,
      role,
      joinedAt: '2026-01-15T10:00:00.000Z',
      user: { __typename: 'User', id, name, email: `${id}@example.com`, avatarUrl: null },
      viewerCan,
    },
  };
}

const carolInvitation = {
  __typename: 'Invitation',
  id: 'i-carol',
  email: 'carol@example.com',
  role: 'ADMIN',
  expiresAt: '2026-01-22T10:00:00.000Z',
  createdAt: '2026-01-15T10:00:00.000Z',
  invitedBy: { __typename: 'User', id: ada.id, name: 'Ada Lovelace' },
};

function membersPage(
  after: string | null,
  edges: ReturnType<typeof edge>[],
  hasNextPage: boolean,
  invitations: unknown[] | null = [],
  workspace: typeof acme = acme,
) {
  const canInvite = invitations !== null;
  const variables = { slug: 'acme', first: MEMBERS_PAGE_SIZE, canInvite, ...(after ? { after } : {}) };
  return {
    request: { query: MembersSettingsQuery, variables },
    result: {
      data: {
        me: { __typename: 'User', id: ada.id },
        workspace: {
          ...workspace,
          usage: { __typename: 'Usage', members: { __typename: 'UsageMeter', used: 3, limit: 3 } },
          members: {
            __typename: 'MembershipConnection',
            totalCount: 3,
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
            edges,
          },
          ...(canInvite ? { invitations } : {}),
        },
      },
    },
  };
}

function renderMembersPage(firstPage: MockedResponses[number], extra: MockedResponses = [], workspace: typeof acme = acme) {
  renderWithProviders(<AppRoutes />, {
    route: '/w/acme/settings/members',
    mocks: [
      viewerMock(ada),
      { request: { query: WorkspaceLayoutQuery }, result: { data: { me: { ...ada, avatarUrl: null }, workspaces: [workspace] } } },
      { request: { query: WorkspaceSettingsQuery, variables: { slug: 'acme' } }, result: { data: { workspace } } },
      firstPage,
      {
        request: { query: WorkspaceUsageSubscription, variables: { workspaceId: 'w1' } },
        result: { data: { workspaceUsage: { __typename: 'Usage', members: { __typename: 'UsageMeter', used: 2, limit: 3 } } } },
        delay: 50,
      },
      ...extra,
    ],
  });
}

// As the owner sees them: nothing on their own row, everything on Bob's.
const adaAndBob = [edge(ada.id, 'Ada Lovelace', 'OWNER'), edge('bob', 'Bob Smith', 'MEMBER', ALL)];

describe('MembersSettingsPage', () => {
  it('pages through the members, keeps the seats live, and removes a member after confirming', async () => {
    renderMembersPage(membersPage(null, adaAndBob, true), [
      membersPage('c-bob', [edge('carol', 'Carol Shaw', 'VIEWER', ALL)], false),
      { request: { query: RemoveMemberMutation, variables: { membershipId: 'm-bob' } }, result: { data: { removeMember: true } } },
    ]);
    const user = userEvent.setup();

    expect(await screen.findByText('Bob Smith')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Members', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Audit log' })).toBeInTheDocument();
    expect(screen.getByText('No pending invitations')).toBeInTheDocument();
    // The query said 3 of 3; the subscription's first event brings the live count.
    expect(await screen.findByText('2 / 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Carol Shaw')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Bob Smith' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Bob Smith?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));

    expect(await screen.findByText('Bob Smith no longer has access to this workspace.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Members' });
    expect(within(table).queryByText('Bob Smith')).not.toBeInTheDocument();
    expect(within(table).getByText('Carol Shaw')).toBeInTheDocument();
    expect(screen.getByLabelText('2 members')).toBeInTheDocument();
  });

  it('hands ownership over after confirming: the roles swap and the owner-only controls go', async () => {
    renderMembersPage(membersPage(null, adaAndBob, false), [
      {
        request: { query: TransferOwnershipMutation, variables: { workspaceId: 'w1', membershipId: 'm-bob' } },
        result: { data: { transferOwnership: { __typename: 'Workspace', id: 'w1', viewerRole: 'ADMIN', viewerCan: ADMIN_CAN } } },
      },
      // What the viewer may do to each member changed with their role: the list asks the server again.
      membersPage(null, [edge(ada.id, 'Ada Lovelace', 'ADMIN'), edge('bob', 'Bob Smith', 'OWNER')], false),
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Make Bob Smith the owner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make Bob Smith the owner?' });
    await user.click(within(dialog).getByRole('button', { name: 'Make owner' }));

    expect(await screen.findByText('Bob Smith now owns this workspace; you are an admin.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Members' });
    // The notice comes with the mutation's answer; the list with the swapped roles comes with the refetch after it.
    await waitFor(() => expect(within(table).queryByRole('button', { name: /the owner$/ })).not.toBeInTheDocument());
    expect(within(table).getByLabelText('Role: Owner')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'Remove Bob Smith' })).not.toBeInTheDocument();
    // Still an admin: the invite form and the audit log stay.
    expect(screen.getByRole('form', { name: 'Invite a member' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Audit log' })).toBeInTheDocument();
  });

  it('without viewerCan.invite and manageMembers: no invite form, invitations not asked for, no controls', async () => {
    const viewing = { ...acme, viewerRole: 'MEMBER' as Role, viewerCan: workspaceCan({ leave: true, addDocuments: true }) };
    // The mock answers only canInvite: false; asking for invitations would find no mock and fail the page.
    renderMembersPage(
      membersPage(null, [edge(ada.id, 'Ada Lovelace', 'OWNER'), edge('bob', 'Bob Smith', 'MEMBER')], false, null, viewing),
      [],
      viewing,
    );

    expect(await screen.findByText('Bob Smith')).toBeInTheDocument();
    expect(screen.getByText('Owners and admins invite people and manage roles.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Invite a member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Pending invitations' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('revokes a pending invitation after confirming', async () => {
    renderMembersPage(membersPage(null, adaAndBob, false, [carolInvitation]), [
      { request: { query: RevokeInvitationMutation, variables: { id: 'i-carol' } }, result: { data: { revokeInvitation: true } } },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Revoke the invitation to carol@example.com' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this invitation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));

    expect(await screen.findByText('No pending invitations')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Pending invitations' })).not.toBeInTheDocument();
  });
});
