import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';
import type { MemberRow_MembershipFragment, Role } from '../../gql/graphql';

export const TransferOwnershipMutation = graphql(`
  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {
    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {
      id
      viewerRole
      # Every answer the pages ask for: the old owner's danger zone, tabs and controls follow at once.
      viewerCan {
        update
        delete
        invite
        manageMembers
        transferOwnership
        leave
        addDocuments
        readAuditLog
        manageReports
      }
    }
  }
`);

interface TransferOwnershipTarget {
  workspaceId: string;
  /** The viewer's own membership, which becomes ADMIN (null when it is not among the loaded rows). */
  viewerMembershipId: string | null;
  /** The loaded members: what the viewer may do to each changes with the viewer's role. */
  members: readonly { id: string }[];
}

/**
 * Makes `member` the owner; the viewer becomes an admin. The answer brings the viewer's new role and viewerCan (so
 * the tabs and danger zone adapt); the two memberships' roles are edited in the cache, as the server swapped them,
 * and every loaded member's viewerCan is dropped, so the members list asks the server again what the viewer may do.
 */
export function useTransferOwnership({ workspaceId, viewerMembershipId, members }: TransferOwnershipTarget) {
  const [transferOwnership] = useMutation(TransferOwnershipMutation);

  return async (member: MemberRow_MembershipFragment): Promise<boolean> => {
    try {
      await transferOwnership({
        variables: { workspaceId, membershipId: member.id },
        update(cache) {
          const setRole = (id: string, role: Role) =>
            cache.modify<{ role: Role }>({ id: cache.identify({ __typename: 'Membership', id }), fields: { role: () => role } });
          setRole(member.id, 'OWNER');
          if (viewerMembershipId) setRole(viewerMembershipId, 'ADMIN');
          for (const { id } of members) cache.evict({ id: cache.identify({ __typename: 'Membership', id }), fieldName: 'viewerCan' });
        },
      });
    } catch (error) {
      notifyActionFailed('Could not transfer ownership', error);
      return false;
    }
    notifications.show({
      color: 'teal',
      title: 'Ownership transferred',
      message: `${member.user.name} now owns this workspace; you are an admin.`,
    });
    return true;
  };
}
