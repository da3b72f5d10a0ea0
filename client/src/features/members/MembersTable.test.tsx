import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MemberRow_MembershipFragment, Role } from '../../gql/graphql';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { MembersTable } from './MembersTable';
import { ChangeMemberRoleMutation } from './useChangeMemberRole';

// Props only, never read from the cache: no __typename needed.
function member(id: string, name: string, role: Role): MemberRow_MembershipFragment {
  return { id: `m-${id}`, role, joinedAt: '2026-01-15T10:00:00.000Z', user: { id, name, email: `${id}@example.com`, avatarUrl: null } };
}

const ada = member('ada', 'Ada Lovelace', 'OWNER');
const grace = member('grace', 'Grace Hopper', 'ADMIN');
const carol = member('carol', 'Carol Shaw', 'ADMIN');
const bob = member('bob', 'Bob Smith', 'MEMBER');
const members = [ada, grace, carol, bob];

function renderAs(role: Role, userId: string, mocks: MockedResponses = []) {
  renderWithProviders(<MembersTable workspaceId="w1" members={members} viewer={{ role, userId }} />, { mocks });
}

const rowOf = (name: string) => {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return within(row);
};

function roleChange(membershipId: string, role: Role): MockedResponses[number] {
  return {
    request: { query: ChangeMemberRoleMutation, variables: { membershipId, role } },
    result: { data: { changeMemberRole: { __typename: 'Membership', id: membershipId, role } } },
  };
}

describe('MembersTable', () => {
  it('shows a MEMBER every role and join date, and no controls at all', () => {
    renderAs('MEMBER', 'bob');

    expect(rowOf('Ada Lovelace').getByText('Owner')).toBeInTheDocument();
    expect(rowOf('Carol Shaw').getByText('Admin')).toBeInTheDocument();
    expect(rowOf('Bob Smith').getByText('Jan 15, 2026')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets an ADMIN act on members only, not on the owner or another admin', () => {
    renderAs('ADMIN', 'grace');

    expect(screen.getByRole('combobox', { name: 'Role of Bob Smith' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Remove Bob Smith' })).toBeInTheDocument();
    // The owner has no Select at all; another admin's is disabled; neither can be removed.
    expect(screen.queryByRole('combobox', { name: 'Role of Ada Lovelace' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of Carol Shaw' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Remove Ada Lovelace' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Carol Shaw' })).not.toBeInTheDocument();
    // Nor on themselves, and ownership is not theirs to give.
    expect(screen.getByRole('combobox', { name: 'Role of Grace Hopper' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /^Make .* the owner$/ })).not.toBeInTheDocument();
  });

  it('gives the OWNER control over admins and "Make owner" on everyone else', () => {
    renderAs('OWNER', 'ada');

    expect(screen.getByRole('combobox', { name: 'Role of Carol Shaw' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Remove Carol Shaw' })).toBeInTheDocument();
    for (const name of ['Grace Hopper', 'Carol Shaw', 'Bob Smith']) {
      expect(screen.getByRole('button', { name: `Make ${name} the owner` })).toHaveTextContent('Make owner');
    }
    expect(screen.queryByRole('button', { name: 'Make Ada Lovelace the owner' })).not.toBeInTheDocument();
  });

  it('changes a member’s role at once', async () => {
    renderAs('OWNER', 'ada', [roleChange('m-bob', 'VIEWER')]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Role of Bob Smith' }));
    await user.click(screen.getByRole('option', { name: 'Viewer' }));

    expect(await screen.findByText('Bob Smith is now viewer.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before taking admin rights away, and changes nothing on cancel', async () => {
    renderAs('OWNER', 'ada', [roleChange('m-carol', 'MEMBER')]);
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
