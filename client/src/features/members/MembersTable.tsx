import { Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { MemberRow_MembershipFragment, Role } from '../../gql/graphql';
import { canManageWorkspace } from '../workspace/roleLabel';
import { type MemberAction, MemberActionModal } from './MemberActionModal';
import { MemberRow } from './MemberRow';
import { memberControls } from './memberPolicy';
import { useChangeMemberRole } from './useChangeMemberRole';
import { useRemoveMember } from './useRemoveMember';
import { useTransferOwnership } from './useTransferOwnership';

interface MembersTableProps {
  workspaceId: string;
  members: readonly MemberRow_MembershipFragment[];
  viewer: { role: Role; userId: string };
}

/** The members with their roles; owners and admins also get the controls the policy allows them. */
export function MembersTable({ workspaceId, members, viewer }: MembersTableProps) {
  const [pending, setPending] = useState<MemberAction | null>(null);
  const changeRole = useChangeMemberRole();
  const removeMember = useRemoveMember(workspaceId);
  const viewerMembershipId = members.find((member) => member.user.id === viewer.userId)?.id ?? null;
  const transferOwnership = useTransferOwnership({ workspaceId, viewerMembershipId });
  const withActions = canManageWorkspace(viewer.role);

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
                controls={memberControls(viewer, { role: member.role, userId: member.user.id })}
                isViewer={member.user.id === viewer.userId}
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
