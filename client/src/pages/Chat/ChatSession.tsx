import { Box, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { startTransition, useState } from 'react';
import { useNavigate } from 'react-router';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { type PlanLimit, planLimitOf } from '../../apollo/serverErrors';
import { Drawer } from '../../components/floating';
import { useAskCopilot } from '../../features/copilot/useAskCopilot';
import { useRegenerateAnswer } from '../../features/copilot/useRegenerateAnswer';
import { useStopAnswer } from '../../features/copilot/useStopAnswer';
import type { ChatWorkspaceQuery } from '../../gql/graphql';
import { ChatComposerArea } from './ChatComposerArea';
import { ConversationsPanel } from './ConversationsPanel';
import { ConversationThread } from './ConversationThread';
import { NewChatIntro } from './NewChatIntro';

// The chat fills the page below the header; only the thread and the history scroll.
export const CHAT_HEIGHT = 'calc(100dvh - var(--app-frame-header-height, 56px) - 2 * var(--mantine-spacing-lg))';

type ChatWorkspace = NonNullable<ChatWorkspaceQuery['workspace']>;

interface ChatSessionProps {
  workspace: ChatWorkspace;
  conversationId: string | undefined;
}

/** Asking, stopping and regenerating for the open conversation (or a new one), and what shows while they run. */
export function ChatSession({ workspace, conversationId }: ChatSessionProps) {
  const navigate = useNavigate();
  const ask = useAskCopilot(workspace.id);
  const stop = useStopAnswer();
  const regenerate = useRegenerateAnswer();
  const [pending, setPending] = useState<{ conversationId: string | undefined; question: string } | null>(null);
  const [planLimit, setPlanLimit] = useState<PlanLimit | null>(null);
  const [historyOpen, history] = useDisclosure(false);

  const send = async (question: string): Promise<boolean> => {
    setPlanLimit(null);
    // Shown in the thread before the server answers: the pending question and the copilot "thinking".
    setPending({ conversationId, question });
    try {
      const result = await ask(question, conversationId);
      if (conversationId) setPending(null);
      else {
        // The router navigates in a transition: clearing the pending question in the same one keeps it on screen
        // until the new conversation's page replaces it, instead of flashing the empty state in between.
        startTransition(() => {
          navigate(`/w/${workspace.slug}/chat/${result.conversation.id}`);
          setPending(null);
        });
      }
      return true;
    } catch (error) {
      setPending(null);
      const limit = planLimitOf(error);
      if (limit) setPlanLimit(limit);
      else notifyActionFailed('Could not send your question', error);
      return false;
    }
  };

  const onRegenerate = async (answerId: string) => {
    setPlanLimit(null);
    try {
      await regenerate(answerId);
    } catch (error) {
      setPlanLimit(planLimitOf(error));
    }
  };

  const pendingQuestion = pending && pending.conversationId === conversationId ? pending.question : null;
  const composer = (streamingAnswerId: string | null) => (
    <ChatComposerArea
      onSend={send}
      onStop={() => streamingAnswerId && void stop(streamingAnswerId)}
      streaming={streamingAnswerId !== null}
      sending={pending !== null}
      planLimit={planLimit}
      workspaceSlug={workspace.slug}
    />
  );
  const panel = <ConversationsPanel workspaceId={workspace.id} workspaceSlug={workspace.slug} activeId={conversationId} />;

  return (
    <Group h={CHAT_HEIGHT} align="stretch" gap="lg" wrap="nowrap">
      <Box w={280} visibleFrom="md" style={{ flexShrink: 0 }}>
        {panel}
      </Box>
      <Drawer opened={historyOpen} onClose={history.close} title="History" size="xs" hiddenFrom="md">
        <Box h="80dvh">{panel}</Box>
      </Drawer>
      <Stack style={{ flex: 1, minWidth: 0 }} gap="sm">
        {conversationId ? (
          <ConversationThread
            key={conversationId}
            conversationId={conversationId}
            workspaceSlug={workspace.slug}
            pendingQuestion={pendingQuestion}
            onStop={(answerId) => void stop(answerId)}
            onRegenerate={(answerId) => void onRegenerate(answerId)}
            onOpenHistory={history.open}
            composer={composer}
          />
        ) : (
          <NewChatIntro
            workspace={workspace}
            pendingQuestion={pendingQuestion}
            onAsk={(question) => void send(question)}
            onOpenHistory={history.open}
            composer={composer(null)}
          />
        )}
      </Stack>
    </Group>
  );
}
