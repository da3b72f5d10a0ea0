import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
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
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="xl">
          <Stack gap="sm" align="flex-start" h="100%">
            <Title order={2} size="h4">
              Ask the copilot
            </Title>
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              Ask questions in plain words and get answers from your documents, with numbered sources you can open.
            </Text>
            <Button component={Link} to={`/w/${workspace.slug}/chat`}>
              Ask a question
            </Button>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="xl">
          <Stack gap="sm" align="flex-start" h="100%">
            <Title order={2} size="h4">
              Documents
            </Title>
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              Add your team’s handbooks, policies and FAQs: the copilot answers only from what is here.
            </Text>
            <Button component={Link} to={`/w/${workspace.slug}/documents`} variant="default">
              Open documents
            </Button>
          </Stack>
        </Paper>
      </SimpleGrid>
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
