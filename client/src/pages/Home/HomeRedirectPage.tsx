import { useQuery } from '@apollo/client/react';
import { Container, EmptyState } from '@mantine/core';
import { Navigate } from 'react-router';
import { FullPageLoader } from '../../components/FullPageLoader';
import { LoadFailedState } from '../../components/LoadFailedState';
import { pickWorkspaceSlug, readLastWorkspaceSlug } from '../../features/auth/lastWorkspaceSlug';
import { graphql } from '../../gql';

export const HomeWorkspacesQuery = graphql(`
  query HomeWorkspaces {
    workspaces {
      id
      slug
    }
  }
`);

/** "/" for a signed-in user: straight into the last used workspace, or the first one. */
export function HomeRedirectPage() {
  const { data, loading, error, refetch } = useQuery(HomeWorkspacesQuery);

  if (loading) return <FullPageLoader label="Opening your workspace" />;
  if (error || !data) return <LoadFailedState onRetry={() => void refetch()} />;

  const slug = pickWorkspaceSlug(data.workspaces, readLastWorkspaceSlug());
  if (slug) return <Navigate to={`/w/${slug}`} replace />;

  // Sign-up always creates a first workspace, so this happens only after leaving every workspace.
  return (
    <Container size="sm" py={80}>
      <EmptyState title="You are not in any workspace" description="Ask a colleague to invite you to theirs." />
    </Container>
  );
}
