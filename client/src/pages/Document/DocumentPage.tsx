import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadFailedState } from '../../components/LoadFailedState';
import { formatBytes } from '../../features/documents/fileUpload';
import { graphql } from '../../gql';

export const DocumentPageQuery = graphql(`
  query DocumentPage($id: ID!) {
    document(id: $id) {
      id
      title
      mimeType
      sizeBytes
      chunkCount
      status
      createdAt
      addedBy {
        id
        name
      }
      text
    }
  }
`);

/** /w/:slug/documents/:documentId: a document's extracted text, the way the copilot reads it. */
export function DocumentPage() {
  const { slug = '', documentId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DocumentPageQuery, { variables: { id: documentId } });
  const documentsPath = `/w/${slug}/documents`;

  if (loading && !data) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading the document">
        <Skeleton height={32} width="50%" radius="sm" />
        <Skeleton height={320} radius="md" />
      </Stack>
    );
  }
  if (error && !data) return <LoadFailedState onRetry={() => void refetch()} />;
  const document = data?.document;
  if (!document) {
    return (
      <EmptyState py="xl" title="Document not found" description="It may have been deleted. Answers that cited it keep the passages.">
        <EmptyState.Actions>
          <Button component={Link} to={documentsPath} variant="light">
            All documents
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={documentsPath} size="sm">
        ← All documents
      </Anchor>
      <div>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {document.title}
          </Title>
          {document.status !== 'READY' && (
            <Badge variant="light" color={document.status === 'FAILED' ? 'red' : 'orange'}>
              {document.status === 'FAILED' ? 'Failed' : 'Indexing'}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Added by {document.addedBy?.name ?? 'a former member'} on <FormattedDate value={document.createdAt} /> ·{' '}
          {formatBytes(document.sizeBytes)} · {document.chunkCount === 1 ? '1 passage' : `${document.chunkCount} passages`}
        </Text>
      </div>
      <Paper withBorder radius="md" p="xl">
        {/* Plain text on purpose: the extracted text is shown as the copilot reads it, never interpreted as HTML. */}
        <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.65 }}>
          {document.text}
        </Text>
      </Paper>
    </Stack>
  );
}
