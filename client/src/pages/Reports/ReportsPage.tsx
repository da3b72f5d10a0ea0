import { useQuery } from '@apollo/client/react';
import { EmptyState, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { LoadFailedState } from '../../components/LoadFailedState';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { graphql } from '../../gql';
import { ReportsInbox } from './ReportsInbox';

export const ReportsWorkspaceQuery = graphql(`
  query ReportsWorkspace($slug: String!) {
    workspace(slug: $slug) {
      id
      slug
      viewerCan {
        manageReports
      }
    }
  }
`);

/** /w/:slug/reports: answers people reported, for owners and admins to resolve or dismiss. */
export function ReportsPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReportsWorkspaceQuery, { variables: { slug } });
  const workspace = data?.workspace;

  if (loading && !data) return <Skeleton height={240} radius="md" aria-label="Loading reports" />;
  if (!workspace) return error ? <LoadFailedState onRetry={() => void refetch()} /> : <WorkspaceNotFoundState slug={slug} />;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Reports
        </Title>
        <Text c="dimmed" size="sm">
          Answers people reported as wrong, outdated or missing. Your note is shown to the reporter beside the answer.
        </Text>
      </div>
      {workspace.viewerCan.manageReports ? (
        <ReportsInbox workspaceId={workspace.id} workspaceSlug={workspace.slug} />
      ) : (
        // Not even asked for when the server says the viewer may not see them: it would refuse it.
        <EmptyState
          py="xl"
          title="Only owners and admins see reports"
          description="Reports you send show their outcome beside the answer."
        />
      )}
    </Stack>
  );
}
