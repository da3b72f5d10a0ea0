import { ActionIcon, Alert, Box, Button, CopyButton, Group, Loader, Text } from '@mantine/core';
import { Tooltip } from '../../components/floating';
import { IconCheck, IconCopy, IconRefresh, IconStop } from '../../components/icons';
import { graphql } from '../../gql';
import type { AnswerBubble_MessageFragment } from '../../gql/graphql';
import { AnswerFeedback } from './AnswerFeedback';
import { FINAL_STATUSES } from './answerStreamState';
import { LazyMarkdownAnswer } from './LazyMarkdownAnswer';
import { useAnswerStream } from './useAnswerStream';

export const AnswerBubbleFragment = graphql(`
  fragment AnswerBubble_message on Message {
    id
    content
    status
    error
    citations {
      ...CitationPopover_citation
    }
    ...AnswerFeedback_message
  }
`);

interface AnswerBubbleProps {
  message: AnswerBubble_MessageFragment;
  workspaceSlug: string;
  /** Only the latest answer offers Regenerate: a new answer is added at the end of the thread. */
  isLatest: boolean;
  onStop: (messageId: string) => void;
  onRegenerate: (messageId: string) => void;
}

/** The copilot's answer: streamed in while it is produced, then with its sources, feedback and actions. */
export function AnswerBubble({ message, workspaceSlug, isLatest, onStop, onRegenerate }: AnswerBubbleProps) {
  const live = !FINAL_STATUSES.has(message.status);
  const stream = useAnswerStream(message.id, live);
  // While streaming, the text is what the stream has delivered (the stored text lags behind it).
  const text = stream ? stream.text : message.content;
  const citations = stream ? stream.citations : message.citations;
  const status = stream?.status ?? message.status;
  const error = stream?.error ?? message.error;
  const streaming = !FINAL_STATUSES.has(status);

  return (
    <Box>
      <Text size="xs" fw={600} c="dimmed" mb={4}>
        Copilot
      </Text>
      {/* Polite: screen readers read the answer as it grows, without interrupting the user. */}
      <Box aria-live="polite" aria-label="Answer">
        {streaming && text === '' ? (
          <Group gap="xs" c="dimmed" role="status">
            <Loader size="xs" type="dots" />
            <Text size="sm">{stream?.reconnecting ? 'Reconnecting…' : 'Thinking…'}</Text>
          </Group>
        ) : (
          <LazyMarkdownAnswer text={text} citations={citations} workspaceSlug={workspaceSlug} />
        )}
      </Box>
      {streaming && text !== '' && stream?.reconnecting && (
        <Text size="xs" c="dimmed">
          Reconnecting…
        </Text>
      )}
      {status === 'STOPPED' && (
        <Text size="xs" c="dimmed" mt={4}>
          Stopped before the end.
        </Text>
      )}
      {status === 'FAILED' && (
        <Alert color="red" variant="light" mt="xs" title="The answer failed">
          {error ?? 'The answer could not be produced. Try again.'}
        </Alert>
      )}
      <Group gap={4} mt={6} wrap="wrap">
        {streaming ? (
          <Button size="compact-sm" variant="light" color="red" leftSection={<IconStop size={12} />} onClick={() => onStop(message.id)}>
            Stop
          </Button>
        ) : (
          <>
            <CopyButton value={text}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy answer'}>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} aria-label="Copy answer" onClick={copy}>
                    {copied ? <IconCheck /> : <IconCopy />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
            <AnswerFeedback message={message} />
            {isLatest && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={<IconRefresh size={14} />}
                onClick={() => onRegenerate(message.id)}
              >
                Regenerate
              </Button>
            )}
          </>
        )}
      </Group>
    </Box>
  );
}
