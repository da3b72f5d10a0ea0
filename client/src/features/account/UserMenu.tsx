import { Avatar, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { Menu } from '../../components/floating';
import { graphql } from '../../gql';
import type { UserMenu_UserFragment } from '../../gql/graphql';
import { useLogOut } from '../auth/useLogOut';

export const UserMenuFragment = graphql(`
  fragment UserMenu_user on User {
    id
    name
    email
    avatarUrl
  }
`);

export function UserMenu({ user }: { user: UserMenu_UserFragment }) {
  const { logOut, loading } = useLogOut();

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`}>
          <Avatar src={user.avatarUrl ?? null} name={user.name} color="initials" radius="xl" size="md" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account/profile">
          Profile
        </Menu.Item>
        <Menu.Item component={Link} to="/account/security">
          Account security
        </Menu.Item>
        <Menu.Item component={Link} to="/account/privacy">
          Privacy and your data
        </Menu.Item>
        <Menu.Item color="red" disabled={loading} onClick={() => void logOut()}>
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
