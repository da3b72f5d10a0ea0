import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      expiresAt
    }
  }
`);

/** Sends the invitation again with a fresh link; the new expiry date replaces the old one in the cache. */
export function useResendInvitation(): (invitation: { id: string; email: string }) => Promise<boolean> {
  const [resendInvitation] = useMutation(ResendInvitationMutation);

  return async (invitation) => {
    try {
      await resendInvitation({ variables: { id: invitation.id } });
    } catch (error) {
      notifyActionFailed('Could not resend the invitation', error);
      return false;
    }
    notifications.show({ color: 'teal', title: 'Invitation sent again', message: `A new link is on its way to ${invitation.email}.` });
    return true;
  };
}
