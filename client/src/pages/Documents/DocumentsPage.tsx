import { useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { findErrorWithCode } from '../../apollo/serverErrors';
import { LoadFailedState } from '../../components/LoadFailedState';
import { UsageBar } from '../../components/UsageBar';
import { AddDocumentForm } from '../../features/documents/AddDocumentForm';
import { useLiveUsage } from '../../features/usage/useLiveUsage';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { graphql } from '../../gql';
import { DocumentsList } from './DocumentsList';

export const DocumentsPageQuery = graphql(`
  query DocumentsPage($slug: String!) {
    workspace(slug: $slug) {
      id
      name
      slug
      viewerCan {
        addDocuments
      }
      usage {
        ...LiveUsage_usage
      }
    }
  }
`);

/** /w/:slug/documents: what the copilot answers from; members add and remove documents here. */
export function DocumentsPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DocumentsPageQuery, { variables: { slug } });
  const workspace = data?.workspace;
  useLiveUsage(workspace?.id);

  if (loading && !data) return <DocumentsSkeleton />;
  const hidden = findErrorWithCode(error, 'FORBIDDEN') ?? findErrorWithCode(error, 'NOT_FOUND');
  if (error && !hidden && !data) return <LoadFailedState onRetry={() => void refetch()} />;
  if (!workspace) return <WorkspaceNotFoundState slug={slug} />;

  const { used, limit } = workspace.usage.documents;
  const canAdd = workspace.viewerCan.addDocuments;

  return (
    <Stack gap="xl">
      <div>
        <Title order={1} size="h2">
          Documents
        </Title>
        <Text c="dimmed" size="sm">
          The copilot answers from these, and cites the passages it used.
        </Text>
      </div>
      {canAdd ? (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="lg">
            <UsageBar label="Documents" used={used} limit={limit} unit="documents" />
            <div>
              <Title order={2} size="h4" mb="xs">
                Add a document
              </Title>
              <AddDocumentForm workspaceId={workspace.id} />
            </div>
          </Stack>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          You can read documents and ask about them; adding them takes a member role.
        </Text>
      )}
      <DocumentsList workspaceId={workspace.id} workspaceSlug={workspace.slug} />
    </Stack>
  );
}

function DocumentsSkeleton() {
  return (
    <Stack gap="xl" aria-busy="true" aria-label="Loading documents">
      <Skeleton height={32} width="30%" radius="sm" />
      <Skeleton height={260} radius="md" />
      <Skeleton height={160} radius="md" />
    </Stack>
  );
}
