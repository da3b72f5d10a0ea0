import { skipToken, useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { LoadFailedState } from '../../components/LoadFailedState';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { graphql } from '../../gql';
import { SavedQueriesList } from './SavedQueriesList';

export const SavedQueriesWorkspaceQuery = graphql(`
  query SavedQueriesWorkspace($slug: String!) {
    workspace(slug: $slug) {
      id
      slug
    }
  }
`);

export const SavedQueriesQuery = graphql(`
  query SavedQueries($workspaceId: ID!) {
    savedQueries(workspaceId: $workspaceId) {
      id
      content
      createdAt
      saved
    }
  }
`);

/** /w/:slug/saved: the viewer's saved questions, to ask again. */
export function SavedQueriesPage() {
  const { slug = '' } = useParams();
  const workspaceQuery = useQuery(SavedQueriesWorkspaceQuery, { variables: { slug } });
  const workspace = workspaceQuery.data?.workspace;
  const { data, loading, error, refetch } = useQuery(
    SavedQueriesQuery,
    workspace ? { variables: { workspaceId: workspace.id }, fetchPolicy: 'cache-and-network' } : skipToken,
  );

  const header = (
    <div>
      <Title order={1} size="h2">
        Saved questions
      </Title>
      <Text c="dimmed" size="sm">
        Questions you keep asking. Run one again to get a fresh answer from the current documents.
      </Text>
    </div>
  );

  if (workspaceQuery.loading && !workspace) return <SavedSkeleton />;
  if (!workspace) {
    return workspaceQuery.error ? (
      <LoadFailedState onRetry={() => void workspaceQuery.refetch()} />
    ) : (
      <WorkspaceNotFoundState slug={slug} />
    );
  }

  return (
    <Stack gap="lg">
      {header}
      {loading && !data ? (
        <SavedSkeleton />
      ) : error && !data ? (
        <LoadFailedState onRetry={() => void refetch()} />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs">
          <SavedQueriesList workspaceId={workspace.id} workspaceSlug={workspace.slug} questions={data?.savedQueries ?? []} />
        </Paper>
      )}
    </Stack>
  );
}

function SavedSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading saved questions">
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} height={48} radius="md" />
      ))}
    </Stack>
  );
}
