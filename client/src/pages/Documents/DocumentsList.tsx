import { useQuery } from '@apollo/client/react';
import { Badge, Button, Center, EmptyState, Group, Paper, Skeleton, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { LoadFailedState } from '../../components/LoadFailedState';
import { DocumentsTable } from '../../features/documents/DocumentsTable';
import { graphql } from '../../gql';

const PAGE_SIZE = 20;
const POLL_MS = 1500;

export const DocumentsListQuery = graphql(`
  query DocumentsList($workspaceId: ID!, $first: Int!, $after: String, $search: String) {
    documents(workspaceId: $workspaceId, first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...DocumentsTable_document
        }
      }
    }
  }
`);

interface DocumentsListProps {
  workspaceId: string;
  workspaceSlug: string;
}

/** The workspace's documents, newest first, searchable by title; polls while any is still being indexed. */
export function DocumentsList({ workspaceId, workspaceSlug }: DocumentsListProps) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore, startPolling, stopPolling } = useQuery(DocumentsListQuery, {
    variables: { workspaceId, first: PAGE_SIZE, search: debouncedSearch || null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.documents;
  const processing = connection?.edges.some((edge) => edge.node.status === 'PROCESSING') ?? false;

  // Large documents are indexed by a background job: follow its progress until every one is READY or FAILED.
  useEffect(() => {
    if (!processing) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [processing, startPolling, stopPolling]);

  const loadMore = async () => {
    if (!connection) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="documents-heading">
      <Group justify="space-between" mb="sm" gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4" id="documents-heading">
            All documents
          </Title>
          {connection && <Badge variant="default">{connection.totalCount}</Badge>}
        </Group>
        <TextInput
          aria-label="Search documents"
          placeholder="Search by title"
          type="search"
          w={260}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      </Group>
      {loading && !connection ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading documents">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={52} radius="md" />
          ))}
        </Stack>
      ) : error && !connection ? (
        <LoadFailedState title="Documents could not be loaded" onRetry={() => void refetch()} />
      ) : connection && connection.edges.length > 0 ? (
        <>
          <Paper withBorder radius="md" px="md" py="xs">
            <DocumentsTable documents={connection.edges.map((edge) => edge.node)} workspaceSlug={workspaceSlug} />
          </Paper>
          {connection.pageInfo.hasNextPage && (
            <Center mt="md">
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                Load more
              </Button>
            </Center>
          )}
        </>
      ) : debouncedSearch ? (
        <EmptyState py="xl" title="No document matches" description={`No title contains “${debouncedSearch}”.`} />
      ) : (
        <Paper withBorder radius="md" p="xl">
          <EmptyState
            title="No documents yet"
            description="Add your team’s handbooks, policies and FAQs: paste text or upload .txt, .md, .csv, .html or .pdf files."
          />
        </Paper>
      )}
    </section>
  );
}
