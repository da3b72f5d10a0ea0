import { Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { MemberRow_MembershipFragment, MembersTable_WorkspaceFragment, Role } from '../../gql/graphql';
import { type MemberAction, MemberActionModal } from './MemberActionModal';
import { MemberRow } from './MemberRow';
import { useChangeMemberRole } from './useChangeMemberRole';
import { useRemoveMember } from './useRemoveMember';
import { useTransferOwnership } from './useTransferOwnership';

export const MembersTableFragment = graphql(`
  fragment MembersTable_workspace on Workspace {
    id
    viewerCan {
      manageMembers
    }
  }
`);

interface MembersTableProps {
  workspace: MembersTable_WorkspaceFragment;
  members: readonly MemberRow_MembershipFragment[];
  viewerUserId: string;
}

/** The members with their roles; those who may manage members also get the controls each member's viewerCan allows. */
export function MembersTable({ workspace, members, viewerUserId }: MembersTableProps) {
  const workspaceId = workspace.id;
  const [pending, setPending] = useState<MemberAction | null>(null);
  const changeRole = useChangeMemberRole();
  const removeMember = useRemoveMember(workspaceId);
  const viewerMembershipId = members.find((member) => member.user.id === viewerUserId)?.id ?? null;
  const transferOwnership = useTransferOwnership({ workspaceId, viewerMembershipId, members });
  const withActions = workspace.viewerCan.manageMembers;

  const requestRoleChange = (member: MemberRow_MembershipFragment, role: Role) => {
    // Giving or taking admin rights asks first; other changes apply at once and are as easily changed back.
    if (member.role === 'ADMIN' || role === 'ADMIN') setPending({ kind: 'role', member, role });
    else void changeRole(member, role);
  };

  const confirm = (action: MemberAction): Promise<boolean> => {
    if (action.kind === 'remove') return removeMember(action.member);
    if (action.kind === 'transfer') return transferOwnership(action.member);
    return changeRole(action.member, action.role);
  };

  return (
    <>
      <Table.ScrollContainer minWidth={620} type="native">
        <Table verticalSpacing="sm" aria-label="Members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Member</Table.Th>
              <Table.Th w={150}>Role</Table.Th>
              <Table.Th w={130}>Joined</Table.Th>
              {withActions && (
                <Table.Th w={200}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <MemberRow
                key={member.id}
                membership={member}
                isViewer={member.user.id === viewerUserId}
                withActions={withActions}
                onRoleChange={(role) => requestRoleChange(member, role)}
                onRemove={() => setPending({ kind: 'remove', member })}
                onTransfer={() => setPending({ kind: 'transfer', member })}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MemberActionModal action={pending} onClose={() => setPending(null)} onConfirm={confirm} />
    </>
  );
}
