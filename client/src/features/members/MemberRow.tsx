import { Avatar, Badge, Button, Group, Select, Table, Text, Tooltip } from '@mantine/core';
import { FormattedDate } from '../../components/FormattedDate';
import { graphql } from '../../gql';
import type { MemberRow_MembershipFragment, Role } from '../../gql/graphql';
import { ASSIGNABLE_ROLES, roleColor, roleLabel } from '../workspace/roleLabel';
import type { MemberControls } from './memberPolicy';

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
  }
`);

const ROLE_OPTIONS = ASSIGNABLE_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

interface MemberRowProps {
  membership: MemberRow_MembershipFragment;
  controls: MemberControls;
  isViewer: boolean;
  /** Whether the table has an actions column (owners and admins). */
  withActions: boolean;
  onRoleChange: (role: Role) => void;
  onRemove: () => void;
  onTransfer: () => void;
}

export function MemberRow({ membership, controls, isViewer, withActions, onRoleChange, onRemove, onTransfer }: MemberRowProps) {
  const { user, role } = membership;

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
