import { useQuery } from '@apollo/client/react';
import { Group, Skeleton, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { findErrorWithCode } from '../../apollo/serverErrors';
import { LoadFailedState } from '../../components/LoadFailedState';
import { loadMarkdownAnswer } from '../../features/copilot/useMarkdownAnswer';
import { useLiveUsage } from '../../features/usage/useLiveUsage';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { graphql } from '../../gql';
import { type RouteDataPreloader, startQuery } from '../../routing/routeData';
import { CHAT_HEIGHT, ChatSession } from './ChatSession';
import { ChatConversationQuery } from './ConversationThread';

export const ChatWorkspaceQuery = graphql(`
  query ChatWorkspace($slug: String!) {
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

/**
 * The workspace and the open conversation, asked for with the page's chunk: the conversation no longer waits for the
 * session check and then for the workspace, two round trips before its answer could paint. The answers' Markdown
 * renderer too (the server hints its chunk with the route's): loaded by the time the conversation arrives, the thread
 * renders its answers at once, instead of a skeleton first and the whole thread again once the renderer is there.
 */
export const preloadRouteData: RouteDataPreloader = (client, { slug = '', conversationId }) => {
  startQuery(client.query({ query: ChatWorkspaceQuery, variables: { slug } }));
  if (conversationId) {
    startQuery(client.query({ query: ChatConversationQuery, variables: { id: conversationId } }));
    loadMarkdownAnswer().catch(() => undefined);
  }
};

/** /w/:slug/chat and /w/:slug/chat/:conversationId: the copilot, with the viewer's history beside it. */
export function ChatPage() {
  const { slug = '', conversationId } = useParams();
  const { data, loading, error, refetch } = useQuery(ChatWorkspaceQuery, { variables: { slug } });
  const workspace = data?.workspace;
  // Documents added elsewhere end the onboarding state; questions asked count against the plan at once.
  useLiveUsage(workspace?.id);
  // An open conversation shows answers: fetch their renderer from the page's first paint on, alongside the queries.
  useEffect(() => {
    if (conversationId) loadMarkdownAnswer().catch(() => undefined);
  }, [conversationId]);

  if (loading && !data) return <ChatSkeleton />;
  const hidden = findErrorWithCode(error, 'FORBIDDEN') ?? findErrorWithCode(error, 'NOT_FOUND');
  if (error && !hidden && !data) return <LoadFailedState onRetry={() => void refetch()} />;
  if (!workspace) return <WorkspaceNotFoundState slug={slug} />;

  return <ChatSession workspace={workspace} conversationId={conversationId} />;
}

function ChatSkeleton() {
  return (
    <Group h={CHAT_HEIGHT} align="stretch" gap="lg" wrap="nowrap" aria-busy="true" aria-label="Loading the chat">
      <Stack w={280} gap="sm" visibleFrom="md">
        <Skeleton height={36} radius="md" />
        <Skeleton height={36} radius="md" />
        <Skeleton height={200} radius="md" />
      </Stack>
      <Stack style={{ flex: 1 }} justify="flex-end">
        <Skeleton height={64} radius="lg" />
      </Stack>
    </Group>
  );
}
