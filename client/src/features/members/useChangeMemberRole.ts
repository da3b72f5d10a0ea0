import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';
import type { MemberRow_MembershipFragment, Role } from '../../gql/graphql';
import { roleLabel } from '../workspace/roleLabel';

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
      role
      # What the viewer may do to them can change with it (an admin cannot manage another admin).
      viewerCan {
        changeRole
        remove
        transferOwnership
      }
    }
  }
`);

/**
 * Changes a member's role. Optimistic: the Select shows the new role at once, and Apollo puts the old one back
 * if the server refuses. Resolves true on success.
 */
export function useChangeMemberRole(): (member: MemberRow_MembershipFragment, role: Role) => Promise<boolean> {
  const [changeMemberRole] = useMutation(ChangeMemberRoleMutation);

  return async (member, role) => {
    // __typename (which the generated types leave out) lets the cache file the guess under Membership:<id>.
    // What the viewer may do to them stays as it was until the server answers.
    const optimistic = {
      __typename: 'Membership' as const,
      id: member.id,
      role,
      viewerCan: { __typename: 'MembershipViewerCan' as const, ...member.viewerCan },
    };
    try {
      await changeMemberRole({ variables: { membershipId: member.id, role }, optimisticResponse: { changeMemberRole: optimistic } });
    } catch (error) {
      notifyActionFailed(`Could not change ${member.user.name}’s role`, error);
      return false;
    }
    notifications.show({ color: 'teal', title: 'Role changed', message: `${member.user.name} is now ${roleLabel(role).toLowerCase()}.` });
    return true;
  };
}
