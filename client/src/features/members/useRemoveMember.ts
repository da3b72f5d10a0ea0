import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';
import type { MemberRow_MembershipFragment } from '../../gql/graphql';

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

/**
 * Removes a member: their row leaves the list (evicting the membership drops its edge from the paginated list)
 * and the count goes down. Resolves true on success.
 */
export function useRemoveMember(workspaceId: string): (member: MemberRow_MembershipFragment) => Promise<boolean> {
  const [removeMember] = useMutation(RemoveMemberMutation);

  return async (member) => {
    try {
      await removeMember({
        variables: { membershipId: member.id },
        update(cache) {
          cache.modify<{ members: { totalCount: number } }>({
            id: cache.identify({ __typename: 'Workspace', id: workspaceId }),
            fields: {
              members: (connection, { isReference }) =>
                isReference(connection) ? connection : { ...connection, totalCount: Math.max(0, connection.totalCount - 1) },
            },
          });
          cache.evict({ id: cache.identify({ __typename: 'Membership', id: member.id }) });
          cache.gc();
        },
      });
    } catch (error) {
      notifyActionFailed(`Could not remove ${member.user.name}`, error);
      return false;
    }
    notifications.show({ color: 'teal', title: 'Member removed', message: `${member.user.name} no longer has access to this workspace.` });
    return true;
  };
}
