import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MemberRow_MembershipFragment, Role } from '../../gql/graphql';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { MembersTable } from './MembersTable';
import { ChangeMemberRoleMutation } from './useChangeMemberRole';

type ViewerCan = MemberRow_MembershipFragment['viewerCan'];
const NOTHING: ViewerCan = { changeRole: false, remove: false, transferOwnership: false };
const EVERYTHING: ViewerCan = { changeRole: true, remove: true, transferOwnership: true };

// Props only, never read from the cache: no __typename needed. The table decides nothing from roles: what it
// offers on each member is that member's viewerCan, as the server computed it.
function member(id: string, name: string, role: Role, viewerCan: ViewerCan = NOTHING): MemberRow_MembershipFragment {
  return {
    id: `m-${id}`,
    role,
    joinedAt: '2026-01-15T10:00:00.000Z',
    user: { id, name, email: `${id}@example.com`, avatarUrl: null },
    viewerCan,
  };
}

function renderTable(
  members: MemberRow_MembershipFragment[],
  { manageMembers = true, viewerUserId = 'ada', mocks = [] as MockedResponses } = {},
) {
  renderWithProviders(
    <MembersTable workspace={{ id: 'w1', viewerCan: { manageMembers } }} members={members} viewerUserId={viewerUserId} />,
    {
      mocks,
    },
  );
}

const rowOf = (name: string) => {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return within(row);
};

function roleChange(membershipId: string, role: Role, viewerCan: ViewerCan = EVERYTHING): MockedResponses[number] {
  return {
    request: { query: ChangeMemberRoleMutation, variables: { membershipId, role } },
    result: {
      data: {
        changeMemberRole: {
          __typename: 'Membership',
          id: membershipId,
          role,
          viewerCan: { __typename: 'MembershipViewerCan', ...viewerCan },
        },
      },
    },
  };
}

// As the owner sees them.
const ada = member('ada', 'Ada Lovelace', 'OWNER');
const carol = member('carol', 'Carol Shaw', 'ADMIN', EVERYTHING);
const bob = member('bob', 'Bob Smith', 'MEMBER', EVERYTHING);

describe('MembersTable', () => {
  it('shows every role and join date, and no controls at all when the viewer may not manage members', () => {
    renderTable([ada, member('carol', 'Carol Shaw', 'ADMIN'), member('bob', 'Bob Smith', 'MEMBER')], {
      manageMembers: false,
      viewerUserId: 'bob',
    });

    expect(rowOf('Ada Lovelace').getByText('Owner')).toBeInTheDocument();
    expect(rowOf('Carol Shaw').getByText('Admin')).toBeInTheDocument();
    expect(rowOf('Bob Smith').getByText('Jan 15, 2026')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers on each member exactly what its viewerCan allows', () => {
    renderTable(
      [
        ada,
        member('grace', 'Grace Hopper', 'ADMIN', { changeRole: true, remove: true, transferOwnership: false }),
        member('carol', 'Carol Shaw', 'ADMIN', NOTHING),
        member('bob', 'Bob Smith', 'MEMBER', { changeRole: true, remove: false, transferOwnership: true }),
      ],
      { viewerUserId: 'dan' },
    );

    expect(screen.getByRole('combobox', { name: 'Role of Grace Hopper' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Remove Grace Hopper' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make Grace Hopper the owner' })).not.toBeInTheDocument();
    // changeRole false: the Select is there but disabled; remove false: no Remove.
    expect(screen.getByRole('combobox', { name: 'Role of Carol Shaw' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Remove Carol Shaw' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make Carol Shaw the owner' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of Bob Smith' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Remove Bob Smith' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make Bob Smith the owner' })).toHaveTextContent('Make owner');
  });

  it('keeps a badge on the owner’s row: OWNER is no option of the Select', () => {
    renderTable([ada, bob], { viewerUserId: 'bob' });

    expect(screen.queryByRole('combobox', { name: 'Role of Ada Lovelace' })).not.toBeInTheDocument();
    expect(rowOf('Ada Lovelace').getByText('Owner')).toBeInTheDocument();
  });

  it('offers nothing on the viewer’s own row, even where the server would allow it (leaving is in the Danger zone)', () => {
    renderTable([ada, member('grace', 'Grace Hopper', 'ADMIN', EVERYTHING), bob], { viewerUserId: 'grace' });

    expect(screen.getByRole('combobox', { name: 'Role of Grace Hopper' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Remove Grace Hopper' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make Grace Hopper the owner' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of Bob Smith' })).toBeEnabled();
  });

  it('changes a member’s role at once', async () => {
    renderTable([ada, carol, bob], { mocks: [roleChange('m-bob', 'VIEWER')] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Role of Bob Smith' }));
    await user.click(screen.getByRole('option', { name: 'Viewer' }));

    expect(await screen.findByText('Bob Smith is now viewer.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before taking admin rights away, and changes nothing on cancel', async () => {
    renderTable([ada, carol, bob], { mocks: [roleChange('m-carol', 'MEMBER')] });
    const user = userEvent.setup();
    const select = screen.getByRole('combobox', { name: 'Role of Carol Shaw' });
    await user.click(select);
    await user.click(screen.getByRole('option', { name: 'Member' }));

    const dialog = await screen.findByRole('dialog', { name: 'Change Carol Shaw’s role?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(select).toHaveValue('Admin');

    await user.click(select);
    await user.click(screen.getByRole('option', { name: 'Member' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Make member' }));
    expect(await screen.findByText('Carol Shaw is now member.')).toBeInTheDocument();
  });
});
