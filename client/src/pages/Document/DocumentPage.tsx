import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadFailedState } from '../../components/LoadFailedState';
import { passageParam, quotesFromState } from '../../features/citations/passageLink';
import { formatBytes } from '../../features/documents/fileUpload';
import { graphql } from '../../gql';
import { DocumentText } from './DocumentText';

export const DocumentPageQuery = graphql(`
  query DocumentPage($id: ID!, $position: Int!, $withPassage: Boolean!) {
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
      passage(position: $position) @include(if: $withPassage) {
        position
        heading
        page
        content
      }
    }
  }
`);

/**
 * /w/:slug/documents/:documentId: a document's extracted text, the way the copilot reads it. `?passage=N` (a
 * citation's "Open") scrolls to passage N and highlights it, with the quotes the link carried marked inside.
 */
export function DocumentPage() {
  const { slug = '', documentId = '' } = useParams();
  const [search] = useSearchParams();
  const { state } = useLocation();
  const position = passageParam(search);
  const quotes = useMemo(() => quotesFromState(state), [state]);
  const { data, loading, error, refetch } = useQuery(DocumentPageQuery, {
    variables: { id: documentId, position: position ?? 0, withPassage: position !== null },
  });
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
        <DocumentText text={document.text} passage={position === null ? undefined : (document.passage ?? null)} quotes={quotes} />
      </Paper>
    </Stack>
  );
}
