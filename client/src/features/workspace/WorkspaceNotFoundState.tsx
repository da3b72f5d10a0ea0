import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Skeleton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { MountWhenOpened } from '../../components/MountWhenOpened';
import { graphql } from '../../gql';
import { lazyNamed } from '../../routing/lazyNamed';
import { pickWorkspaceSlug, readLastWorkspaceSlug } from '../auth/lastWorkspaceSlug';

const CreateWorkspaceModal = lazyNamed(() => import('./CreateWorkspaceModal'), 'CreateWorkspaceModal');

export const AccessibleWorkspacesQuery = graphql(`
  query AccessibleWorkspaces {
    workspaces {
      id
      ...WorkspaceSwitcher_workspace
    }
  }
`);

/**
 * A workspace that does not exist, or that the viewer can no longer open (removed, left, deleted): the server
 * answers both alike. Offers the way to another workspace, or to create one when none is left.
 */
export function WorkspaceNotFoundState({ slug }: { slug: string }) {
  // From the network: the cached list may still hold this very workspace, and refreshing it also drops it from
  // the switcher, which reads the same list.
  const { data, loading } = useQuery(AccessibleWorkspacesQuery, { fetchPolicy: 'network-only' });
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const others = (data?.workspaces ?? []).filter((workspace) => workspace.slug !== slug);
  const nextSlug = pickWorkspaceSlug(others, readLastWorkspaceSlug());
  const next = others.find((workspace) => workspace.slug === nextSlug);

  return (
    <EmptyState
      py="xl"
      title="Workspace not found"
      description={`There is no workspace “${slug}” that you can open. It may have been deleted, or you no longer have access to it.`}
    >
      <EmptyState.Actions>
        {loading && <Skeleton height={36} width={200} radius="md" />}
        {!loading && next && (
          <Button component={Link} to={`/w/${next.slug}`}>
            Go to {next.name}
          </Button>
        )}
        {!loading && !next && (
          <>
            <Button onClick={openCreate}>Create a workspace</Button>
            <MountWhenOpened opened={creating}>
              <CreateWorkspaceModal opened={creating} onClose={closeCreate} />
            </MountWhenOpened>
          </>
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
}
