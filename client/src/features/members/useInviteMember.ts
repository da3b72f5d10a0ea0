import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

export const InviteMemberMutation = graphql(`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
      id
      ...PendingInvitations_invitation
    }
  }
`);

/**
 * Sends an invitation and puts it first in the pending list (the server lists them newest first). The usage bar
 * follows by itself through the workspaceUsage subscription. Rejects with the Apollo error so the form can show
 * field errors and plan limits.
 */
export function useInviteMember(workspaceId: string): (email: string, role: Role) => Promise<void> {
  const [inviteMember] = useMutation(InviteMemberMutation, {
    update(cache, { data }) {
      const invitation = data?.inviteMember;
      if (!invitation) return;
      cache.modify<{ invitations: readonly Reference[] }>({
        id: cache.identify({ __typename: 'Workspace', id: workspaceId }),
        fields: {
          invitations(existing, { toReference, readField }) {
            const ref = toReference(invitation);
            if (!ref || existing.some((item) => readField('id', item) === invitation.id)) return existing;
            return [ref, ...existing];
          },
        },
      });
    },
  });

  return async (email, role) => {
    const { data } = await inviteMember({ variables: { workspaceId, email, role } });
    if (data)
      notifications.show({ color: 'teal', title: 'Invitation sent', message: `We emailed an invitation to ${data.inviteMember.email}.` });
  };
}
