import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

/** Withdraws an invitation; evicting it drops it from the workspace's pending list. */
export function useRevokeInvitation(): (invitation: { id: string; email: string }) => Promise<boolean> {
  const [revokeInvitation] = useMutation(RevokeInvitationMutation);

  return async (invitation) => {
    try {
      await revokeInvitation({
        variables: { id: invitation.id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Invitation', id: invitation.id }) });
          cache.gc();
        },
      });
    } catch (error) {
      notifyActionFailed('Could not revoke the invitation', error);
      return false;
    }
    notifications.show({ color: 'teal', title: 'Invitation revoked', message: `The link sent to ${invitation.email} no longer works.` });
    return true;
  };
}
