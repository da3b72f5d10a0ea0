import { Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { Menu } from '../../components/floating';
import { MountWhenOpened } from '../../components/MountWhenOpened';
import { graphql } from '../../gql';
import type { WorkspaceSwitcher_WorkspaceFragment } from '../../gql/graphql';
import { lazyNamed } from '../../routing/lazyNamed';
import { roleLabel } from './roleLabel';

// With its form and validation: fetched when the user first asks for a new workspace, not with every page.
const CreateWorkspaceModal = lazyNamed(() => import('./CreateWorkspaceModal'), 'CreateWorkspaceModal');

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
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const current = workspaces.find((workspace) => workspace.slug === currentSlug);

  return (
    <>
      <Menu position="bottom-start" width={280} shadow="md">
        <Menu.Target>
          <Button variant="subtle" color="gray" aria-label="Switch workspace" rightSection={<span aria-hidden>▾</span>}>
            <Text fw={600} truncate maw={200}>
              {current?.name ?? 'Choose a workspace'}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Your workspaces</Menu.Label>
          {workspaces.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              You are not in any workspace yet.
            </Text>
          )}
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
          <Menu.Divider />
          <Menu.Item leftSection={<span aria-hidden>+</span>} onClick={openCreate}>
            Create workspace
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <MountWhenOpened opened={creating}>
        <CreateWorkspaceModal opened={creating} onClose={closeCreate} />
      </MountWhenOpened>
    </>
  );
}
