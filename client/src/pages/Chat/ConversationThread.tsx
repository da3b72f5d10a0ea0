import { useQuery } from '@apollo/client/react';
import { ActionIcon, Button, EmptyState, Group, Skeleton, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Tooltip } from '../../components/floating';
import { IconStar } from '../../components/icons';
import { LoadFailedState } from '../../components/LoadFailedState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useSetConversationFavorite } from '../../features/conversations/useSetConversationFavorite';
import { FINAL_STATUSES } from '../../features/copilot/answerStreamState';
import { ChatThread } from '../../features/copilot/ChatThread';
import { useMarkdownAnswer } from '../../features/copilot/useMarkdownAnswer';
import { graphql } from '../../gql';

export const ChatConversationQuery = graphql(`
  query ChatConversation($id: ID!) {
    conversation(id: $id) {
      id
      ...ChatThread_conversation
    }
  }
`);

interface ConversationThreadProps {
  conversationId: string;
  workspaceSlug: string;
  pendingQuestion: string | null;
  onStop: (answerId: string) => void;
  onRegenerate: (answerId: string) => void;
  onOpenHistory: () => void;
  /** The composer, told which answer is streaming (Esc and Stop stop that one). */
  composer: (streamingAnswerId: string | null) => ReactNode;
}

/** One conversation: its title, its messages and the composer to continue it. */
export function ConversationThread(props: ConversationThreadProps) {
  const { conversationId, workspaceSlug, pendingQuestion, composer } = props;
  const { data, loading, error, refetch } = useQuery(ChatConversationQuery, { variables: { id: conversationId } });
  const setFavorite = useSetConversationFavorite();
  // Fetched from here on, in parallel with the conversation's query (the page has painted its skeleton by then).
  const markdown = useMarkdownAnswer();
  const conversation = data?.conversation;

  if (loading && !data) {
    return (
      <Stack style={{ flex: 1 }} gap="md" aria-busy="true" aria-label="Loading the conversation">
        <Skeleton height={28} width="50%" radius="sm" />
        <Skeleton height={48} width="60%" radius="lg" ml="auto" />
        <Skeleton height={120} radius="md" />
      </Stack>
    );
  }
  if (error && !data) return <LoadFailedState title="This conversation could not be loaded" onRetry={() => void refetch()} />;
  if (!conversation) {
    return (
      <EmptyState
        py="xl"
        title="Conversation not found"
        description="It may have been deleted. Conversations are private: only their author can open them."
      >
        <EmptyState.Actions>
          <Button component={Link} to={`/w/${workspaceSlug}/chat`} variant="light">
            Start a new conversation
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  const messages = conversation.messages.edges.map((edge) => edge.node);
  const last = messages.at(-1);
  const streamingAnswerId = last && last.role === 'ASSISTANT' && !FINAL_STATUSES.has(last.status) ? last.id : null;
  // Answers wait for the Markdown renderer behind a skeleton: showing them as plain text first and re-laying them out
  // as Markdown a moment later would move everything under them (layout shift). Only the scrolling thread waits.
  const waitForMarkdown = !markdown.settled && messages.some((message) => message.role === 'ASSISTANT' && message.content !== '');

  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Button variant="default" size="xs" hiddenFrom="md" onClick={props.onOpenHistory}>
            History
          </Button>
          <Title order={1} size="h4" lineClamp={1}>
            {conversation.title}
          </Title>
        </Group>
        <Tooltip label={conversation.favorite ? 'Remove from favourites' : 'Add to favourites'}>
          <ActionIcon
            variant="subtle"
            color={conversation.favorite ? 'yellow' : 'gray'}
            aria-label="Favourite"
            aria-pressed={conversation.favorite}
            onClick={() => void setFavorite(conversation.id, !conversation.favorite)}
          >
            <IconStar filled={conversation.favorite} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <ScrollRegion>
        {waitForMarkdown ? (
          <Stack gap="md" py="md" aria-busy="true" aria-label="Loading the conversation">
            <Skeleton height={48} width="60%" radius="lg" ml="auto" />
            <Skeleton height={120} radius="md" />
          </Stack>
        ) : (
          <ChatThread
            messages={messages}
            pendingQuestion={pendingQuestion}
            workspaceSlug={workspaceSlug}
            onStop={props.onStop}
            onRegenerate={props.onRegenerate}
          />
        )}
      </ScrollRegion>
      {composer(streamingAnswerId)}
    </>
  );
}
