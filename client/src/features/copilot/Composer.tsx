import { ActionIcon, Group, Kbd, Paper, Text, Textarea } from '@mantine/core';
import { type KeyboardEvent, useState } from 'react';
import { Tooltip } from '../../components/floating';
import { IconArrowUp, IconStop } from '../../components/icons';

interface ComposerProps {
  /**
   * Sends the question. The box empties at once (the question shows in the thread right away) and gets the
   * question back when this resolves false, so nothing typed is lost.
   */
  onSend: (question: string) => Promise<boolean>;
  /** Stops the answer that is streaming; shown instead of Send while one is. */
  onStop: () => void;
  streaming: boolean;
  /** Sending is not possible right now (a question is being sent, or the limit is reached). */
  disabled?: boolean;
  autoFocus?: boolean;
}

const MAX_LENGTH = 4000;

/** The question box: Enter sends, Shift+Enter adds a line, Esc stops a streaming answer. */
export function Composer({ onSend, onStop, streaming, disabled = false, autoFocus = false }: ComposerProps) {
  const [question, setQuestion] = useState('');
  const canSend = question.trim().length > 0 && !streaming && !disabled;

  const send = async () => {
    if (!canSend) return;
    const sending = question.trim();
    setQuestion('');
    if (!(await onSend(sending))) setQuestion((current) => (current === '' ? sending : current));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an IME composes (Japanese, Chinese…) Enter confirms the characters: it must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    } else if (event.key === 'Escape' && streaming) {
      event.preventDefault();
      onStop();
    }
  };

  return (
    <Paper withBorder radius="lg" p={6} shadow="xs">
      <Group gap={6} align="flex-end" wrap="nowrap">
        <Textarea
          aria-label="Ask a question"
          placeholder="Ask a question about your documents…"
          variant="unstyled"
          autosize
          minRows={1}
          maxRows={8}
          maxLength={MAX_LENGTH}
          px="xs"
          style={{ flex: 1 }}
          value={question}
          onChange={(event) => setQuestion(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          autoFocus={autoFocus}
        />
        {streaming ? (
          <Tooltip label="Stop (Esc)">
            <ActionIcon size="lg" radius="md" color="red" variant="light" aria-label="Stop answer" onClick={onStop}>
              <IconStop size={14} />
            </ActionIcon>
          </Tooltip>
        ) : (
          <Tooltip label="Send (Enter)">
            <ActionIcon size="lg" radius="md" aria-label="Send question" onClick={() => void send()} disabled={!canSend}>
              <IconArrowUp />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Text size="xs" c="dimmed" px="xs" pt={2} visibleFrom="sm">
        <Kbd size="xs">Enter</Kbd> to send · <Kbd size="xs">Shift</Kbd> + <Kbd size="xs">Enter</Kbd> for a new line
        {streaming && (
          <>
            {' '}
            · <Kbd size="xs">Esc</Kbd> to stop
          </>
        )}
      </Text>
    </Paper>
  );
}
