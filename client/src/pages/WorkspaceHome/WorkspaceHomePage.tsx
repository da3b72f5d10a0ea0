import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { findErrorWithCode } from '../../apollo/serverErrors';
import { LoadFailedState } from '../../components/LoadFailedState';
import { rememberLastWorkspaceSlug } from '../../features/auth/lastWorkspaceSlug';
import { roleColor, roleLabel } from '../../features/workspace/roleLabel';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { graphql } from '../../gql';

export const WorkspaceHomeQuery = graphql(`
  query WorkspaceHome($slug: String!) {
    workspace(slug: $slug) {
      id
      name
      slug
      viewerRole
    }
  }
`);

export function WorkspaceHomePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WorkspaceHomeQuery, { variables: { slug } });
  const workspace = data?.workspace;

  useEffect(() => {
    if (workspace) rememberLastWorkspaceSlug(workspace.slug);
  }, [workspace]);

  if (loading) return <WorkspaceHomeSkeleton />;

  // Not a member reads like "does not exist": the server must not reveal which slugs are taken.
  const hidden = findErrorWithCode(error, 'FORBIDDEN') ?? findErrorWithCode(error, 'NOT_FOUND');
  if (error && !hidden) return <LoadFailedState onRetry={() => void refetch()} />;

  if (!workspace) return <WorkspaceNotFoundState slug={slug} />;

  return (
    <Stack gap="lg">
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {workspace.name}
        </Title>
        <Badge variant="light" color={roleColor(workspace.viewerRole)} aria-label={`Your role: ${roleLabel(workspace.viewerRole)}`}>
          {roleLabel(workspace.viewerRole)}
        </Badge>
      </Group>
      <Paper withBorder radius="md" p="xl">
        <EmptyState
          title={`Welcome to ${workspace.name}`}
          description="Documents and the copilot arrive here: add your team’s documents, then ask questions and get answers with citations."
        />
      </Paper>
    </Stack>
  );
}

function WorkspaceHomeSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading workspace">
      <Skeleton height={32} width="40%" radius="sm" />
      <Skeleton height={180} radius="md" />
    </Stack>
  );
}
