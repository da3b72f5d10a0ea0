import { Badge, Button, EmptyState, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormattedDate } from '../../components/FormattedDate';
import { graphql } from '../../gql';
import type { PendingInvitations_InvitationFragment } from '../../gql/graphql';
import { roleColor, roleLabel } from '../workspace/roleLabel';
import { useResendInvitation } from './useResendInvitation';
import { useRevokeInvitation } from './useRevokeInvitation';

export const PendingInvitationsFragment = graphql(`
  fragment PendingInvitations_invitation on Invitation {
    id
    email
    role
    expiresAt
    createdAt
    invitedBy {
      id
      name
    }
  }
`);

export function PendingInvitations({ invitations }: { invitations: readonly PendingInvitations_InvitationFragment[] }) {
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [resending, setResending] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<PendingInvitations_InvitationFragment | null>(null);

  if (invitations.length === 0) {
    return (
      <EmptyState size="sm" py="md" title="No pending invitations" description="Invitations you send wait here until they are accepted." />
    );
  }

  const resendNow = async (invitation: PendingInvitations_InvitationFragment) => {
    setResending(invitation.id);
    await resend(invitation);
    setResending(null);
  };

  return (
    <>
      <Table.ScrollContainer minWidth={620} type="native">
        <Table verticalSpacing="sm" aria-label="Pending invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th w={150}>Role</Table.Th>
              <Table.Th w={130}>Expires</Table.Th>
              <Table.Th w={200}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>
                  <Text size="sm" fw={500} truncate>
                    {invitation.email}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Invited by {invitation.invitedBy.name} on <FormattedDate value={invitation.createdAt} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={roleColor(invitation.role)}>
                    {roleLabel(invitation.role)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    <FormattedDate value={invitation.expiresAt} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      variant="subtle"
                      size="xs"
                      aria-label={`Resend the invitation to ${invitation.email}`}
                      loading={resending === invitation.id}
                      onClick={() => void resendNow(invitation)}
                    >
                      Resend
                    </Button>
                    <Button
                      variant="subtle"
                      // A fixed shade: the theme's dark-mode "light" red is nearly white, too close to the neutral actions.
                      color="red.6"
                      size="xs"
                      aria-label={`Revoke the invitation to ${invitation.email}`}
                      onClick={() => setRevoking(invitation)}
                    >
                      Revoke
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        destructive
        onConfirm={() => (revoking ? revoke(revoking) : Promise.resolve(true))}
      >
        <Text size="sm">The link sent to {revoking?.email} stops working at once. You can invite the address again later.</Text>
      </ConfirmModal>
    </>
  );
}
