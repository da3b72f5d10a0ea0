import { Box, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ChatThread_MessageFragment } from '../../gql/graphql';
import { AnswerBubble } from './AnswerBubble';
import { QuestionBubble } from './QuestionBubble';

interface ChatThreadProps {
  messages: readonly ChatThread_MessageFragment[];
  /** A question sent but not yet stored: shown at once, with the copilot "thinking" under it. */
  pendingQuestion: string | null;
  workspaceSlug: string;
  onStop: (answerId: string) => void;
  onRegenerate: (answerId: string) => void;
}

/** The messages of one conversation, oldest first. */
export function ChatThread({ messages, pendingQuestion, workspaceSlug, onStop, onRegenerate }: ChatThreadProps) {
  const end = useRef<HTMLDivElement>(null);
  const latestAnswerId = [...messages].reverse().find((message) => message.role === 'ASSISTANT')?.id;

  // Follow the conversation as it grows (a new question, a new answer).
  const count = messages.length + (pendingQuestion === null ? 0 : 1);
  useEffect(() => {
    if (count > 0) end.current?.scrollIntoView({ block: 'end' });
  }, [count]);

  return (
    <Stack gap="lg" py="md">
      {messages.map((message) =>
        message.role === 'USER' ? (
          <QuestionBubble key={message.id} message={message} />
        ) : (
          <AnswerBubble
            key={message.id}
            message={message}
            workspaceSlug={workspaceSlug}
            isLatest={message.id === latestAnswerId && pendingQuestion === null}
            onStop={onStop}
            onRegenerate={onRegenerate}
          />
        ),
      )}
      {pendingQuestion !== null && (
        <>
          <QuestionBubble message={{ content: pendingQuestion }} pending />
          <Box>
            <Text size="xs" fw={600} c="dimmed" mb={4}>
              Copilot
            </Text>
            <Group gap="xs" c="dimmed" role="status">
              <Loader size="xs" type="dots" />
              <Text size="sm">Thinking…</Text>
            </Group>
          </Box>
        </>
      )}
      <div ref={end} />
    </Stack>
  );
}
