import { Avatar, Badge, Button, Group, Select, Table, Text, Tooltip } from '@mantine/core';
import { FormattedDate } from '../../components/FormattedDate';
import { graphql } from '../../gql';
import type { MemberRow_MembershipFragment, Role } from '../../gql/graphql';
import { ASSIGNABLE_ROLES, roleColor, roleLabel } from '../workspace/roleLabel';

export const MemberRowFragment = graphql(`
  fragment MemberRow_membership on Membership {
    id
    role
    joinedAt
    user {
      id
      name
      email
      avatarUrl
    }
    viewerCan {
      changeRole
      remove
      transferOwnership
    }
  }
`);

const ROLE_OPTIONS = ASSIGNABLE_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

interface MemberRowProps {
  membership: MemberRow_MembershipFragment;
  isViewer: boolean;
  /** Whether the table has role Selects and an actions column (the viewer may manage members at all). */
  withActions: boolean;
  onRoleChange: (role: Role) => void;
  onRemove: () => void;
  onTransfer: () => void;
}

/** One member; the controls offered on them are those `membership.viewerCan` (the server's answer) allows. */
export function MemberRow({ membership, isViewer, withActions, onRoleChange, onRemove, onTransfer }: MemberRowProps) {
  const { user, role } = membership;
  const controls = memberControls(membership, isViewer, withActions);

  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar src={user.avatarUrl ?? null} name={user.name} color="initials" radius="xl" size="md" />
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate>
              {user.name}
              {isViewer && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  (you)
                </Text>
              )}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {user.email}
            </Text>
          </div>
        </Group>
      </Table.Td>
      <Table.Td>
        {controls.showRoleSelect ? (
          <Tooltip label={controls.lockedReason} disabled={!controls.lockedReason} withArrow>
            {/* A disabled input fires no mouse events: the wrapper is what shows the tooltip. */}
            <div style={{ width: 130 }}>
              <Select<Role>
                aria-label={`Role of ${user.name}`}
                size="xs"
                data={ROLE_OPTIONS}
                value={role}
                allowDeselect={false}
                disabled={!controls.canChangeRole}
                onChange={(next) => {
                  if (next && next !== role) onRoleChange(next);
                }}
              />
            </div>
          </Tooltip>
        ) : (
          <Badge variant="light" color={roleColor(role)} aria-label={`Role: ${roleLabel(role)}`}>
            {roleLabel(role)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          <FormattedDate value={membership.joinedAt} />
        </Text>
      </Table.Td>
      {withActions && (
        <Table.Td>
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            {controls.canTransfer && (
              <Button variant="subtle" size="xs" aria-label={`Make ${user.name} the owner`} onClick={onTransfer}>
                Make owner
              </Button>
            )}
            {controls.canRemove && (
              // A fixed shade: the theme's dark-mode "light" red is nearly white, too close to the neutral actions.
              <Button variant="subtle" color="red.6" size="xs" aria-label={`Remove ${user.name}`} onClick={onRemove}>
                Remove
              </Button>
            )}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

interface MemberControls {
  showRoleSelect: boolean;
  canChangeRole: boolean;
  /** Why the Select is disabled, for its tooltip. */
  lockedReason: string | null;
  canRemove: boolean;
  canTransfer: boolean;
}

/**
 * The permissions are the server's (`viewerCan`); two presentation choices are added on top, neither a rule:
 * - the owner's row keeps a badge, not a Select: OWNER is no option of it (the role moves by transferring ownership);
 * - the viewer's own row offers no controls, even where the server would allow them: leaving goes through the
 *   Danger zone, and an admin demoting themselves from here would lock themselves out of this very page.
 */
function memberControls(membership: MemberRow_MembershipFragment, isViewer: boolean, withActions: boolean): MemberControls {
  const { viewerCan } = membership;
  if (isViewer) {
    return {
      showRoleSelect: withActions && membership.role !== 'OWNER',
      canChangeRole: false,
      lockedReason: 'You cannot change your own role here.',
      canRemove: false,
      canTransfer: false,
    };
  }
  return {
    showRoleSelect: withActions && membership.role !== 'OWNER',
    canChangeRole: viewerCan.changeRole,
    lockedReason: viewerCan.changeRole ? null : 'Your role does not let you change this member’s role.',
    canRemove: viewerCan.remove,
    canTransfer: viewerCan.transferOwnership,
  };
}
