import { Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal';
import type { MemberRow_MembershipFragment, Role } from '../../gql/graphql';
import { roleLabel } from '../workspace/roleLabel';

export type MemberAction =
  | { kind: 'remove'; member: MemberRow_MembershipFragment }
  | { kind: 'transfer'; member: MemberRow_MembershipFragment }
  | { kind: 'role'; member: MemberRow_MembershipFragment; role: Role };

interface MemberActionModalProps {
  action: MemberAction | null;
  onClose: () => void;
  onConfirm: (action: MemberAction) => Promise<boolean>;
}

/** Asks before a member action that takes access or power away or hands it over. */
export function MemberActionModal({ action, onClose, onConfirm }: MemberActionModalProps) {
  // Keeps the last action on screen while the modal fades out, instead of an empty box.
  const [shown, setShown] = useState(action);
  if (action && action !== shown) setShown(action);
  const copy = shown ? copyFor(shown) : null;

  return (
    <ConfirmModal
      opened={action !== null}
      onClose={onClose}
      title={copy?.title ?? ''}
      confirmLabel={copy?.confirmLabel ?? 'Confirm'}
      destructive={shown?.kind !== 'role'}
      onConfirm={() => (action ? onConfirm(action) : Promise.resolve(true))}
    >
      <Text size="sm">{copy?.body}</Text>
    </ConfirmModal>
  );
}

function copyFor(action: MemberAction): { title: string; body: string; confirmLabel: string } {
  const { name, email } = action.member.user;
  switch (action.kind) {
    case 'remove':
      return {
        title: `Remove ${name}?`,
        body: `${name} (${email}) loses access to this workspace at once. You can invite them again later.`,
        confirmLabel: 'Remove member',
      };
    case 'transfer':
      return {
        title: `Make ${name} the owner?`,
        body: `${name} becomes the owner and you become an admin. Only the owner can delete the workspace, manage admins and transfer ownership, so only ${name} can give ownership back.`,
        confirmLabel: 'Make owner',
      };
    case 'role':
      return {
        title: `Change ${name}’s role?`,
        body:
          action.role === 'ADMIN'
            ? `As an admin, ${name} can invite and remove members, change roles, rename the workspace and read the audit log.`
            : `${name} stops being an admin and becomes ${roleLabel(action.role).toLowerCase()}: they can no longer manage members, invitations or settings.`,
        confirmLabel: `Make ${roleLabel(action.role).toLowerCase()}`,
      };
  }
}
