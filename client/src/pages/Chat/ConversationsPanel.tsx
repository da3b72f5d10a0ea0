import { useQuery } from '@apollo/client/react';
import { Button, Center, Chip, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadFailedState } from '../../components/LoadFailedState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { ConversationList } from '../../features/conversations/ConversationList';
import { graphql } from '../../gql';

const PAGE_SIZE = 20;

export const ChatConversationsQuery = graphql(`
  query ChatConversations($workspaceId: ID!, $first: Int!, $after: String, $search: String, $favoritesOnly: Boolean) {
    conversations(workspaceId: $workspaceId, first: $first, after: $after, search: $search, favoritesOnly: $favoritesOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ConversationList_conversation
        }
      }
    }
  }
`);

interface ConversationsPanelProps {
  workspaceId: string;
  workspaceSlug: string;
  activeId: string | undefined;
}

/** The history beside the chat: search, favourites filter, newest activity first, Load more. */
export function ConversationsPanel({ workspaceId, workspaceSlug, activeId }: ConversationsPanelProps) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [favoritesOnly, setFavoritesOnly] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(ChatConversationsQuery, {
    variables: { workspaceId, first: PAGE_SIZE, search: debouncedSearch || null, favoritesOnly },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.conversations;

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
    <Stack gap="sm" h="100%" component="section" aria-label="Conversation history">
      <Button component={Link} to={`/w/${workspaceSlug}/chat`} variant="light" fullWidth>
        New conversation
      </Button>
      <TextInput
        aria-label="Search conversations"
        placeholder="Search conversations"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <Group gap="xs">
        <Chip size="xs" checked={favoritesOnly} onChange={setFavoritesOnly}>
          Favourites only
        </Chip>
      </Group>
      <ScrollRegion>
        {loading && !connection ? (
          <Stack gap={6} aria-busy="true" aria-label="Loading conversations">
            {[0, 1, 2, 3].map((row) => (
              <Skeleton key={row} height={44} radius="md" />
            ))}
          </Stack>
        ) : error && !connection ? (
          <LoadFailedState title="History could not be loaded" onRetry={() => void refetch()} />
        ) : connection && connection.edges.length > 0 ? (
          <>
            <ConversationList conversations={connection.edges.map((edge) => edge.node)} workspaceSlug={workspaceSlug} activeId={activeId} />
            {connection.pageInfo.hasNextPage && (
              <Center mt="sm">
                <Button variant="default" size="xs" loading={loadingMore} onClick={() => void loadMore()}>
                  Load more
                </Button>
              </Center>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {debouncedSearch || favoritesOnly ? 'No conversation matches.' : 'Your conversations will appear here.'}
          </Text>
        )}
      </ScrollRegion>
    </Stack>
  );
}
