import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { WorkspaceSwitcher_WorkspaceFragment } from '../../gql/graphql';
import { roleLabel } from './roleLabel';

export const WorkspaceSwitcherFragment = graphql(`
  fragment WorkspaceSwitcher_workspace on Workspace {
    id
    name
    slug
    viewerRole
  }
`);

interface WorkspaceSwitcherProps {
  workspaces: readonly WorkspaceSwitcher_WorkspaceFragment[];
  currentSlug: string;
}

export function WorkspaceSwitcher({ workspaces, currentSlug }: WorkspaceSwitcherProps) {
  const navigate = useNavigate();
  const current = workspaces.find((workspace) => workspace.slug === currentSlug);

  return (
    <Menu position="bottom-start" width={260} shadow="md">
      <Menu.Target>
        <Button variant="subtle" color="gray" aria-label="Switch workspace" rightSection={<span aria-hidden>▾</span>}>
          <Text fw={600} truncate maw={200}>
            {current?.name ?? 'Choose a workspace'}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Your workspaces</Menu.Label>
        {workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.id}
            onClick={() => navigate(`/w/${workspace.slug}`)}
            aria-current={workspace.slug === currentSlug ? 'page' : undefined}
          >
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={workspace.slug === currentSlug ? 600 : 400} truncate>
                {workspace.name}
              </Text>
              <Badge size="xs" variant="light" color="gray">
                {roleLabel(workspace.viewerRole)}
              </Badge>
            </Group>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
