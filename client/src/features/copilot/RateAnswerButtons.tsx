import { ActionIcon, Button, Group, Stack, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Popover, Tooltip } from '../../components/floating';
import { IconThumbDown, IconThumbUp } from '../../components/icons';
import type { Rating } from '../../gql/graphql';
import { useRateAnswer } from './useRateAnswer';

interface RateAnswerButtonsProps {
  messageId: string;
  rating: Rating | null | undefined;
  comment: string | null | undefined;
}

const LABELS: Record<Rating, string> = { UP: 'Good answer', DOWN: 'Bad answer' };

/**
 * Thumbs up or down. A click records the vote at once and offers an optional comment; the other thumb replaces the
 * vote, and clicking the chosen one again clears it.
 */
export function RateAnswerButtons({ messageId, rating, comment }: RateAnswerButtonsProps) {
  const rateAnswer = useRateAnswer();
  const [commenting, setCommenting] = useState<Rating | null>(null);
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);

  const vote = (choice: Rating) => {
    if (rating === choice) {
      setCommenting(null);
      void rateAnswer(messageId, null);
      return;
    }
    setDraft('');
    setCommenting(choice);
    void rateAnswer(messageId, choice);
  };

  const sendComment = async () => {
    if (!commenting) return;
    setSending(true);
    const saved = await rateAnswer(messageId, commenting, draft);
    setSending(false);
    if (saved) setCommenting(null);
  };

  const thumb = (choice: Rating, icon: ReactNode) => (
    <Tooltip label={rating === choice ? `${LABELS[choice]} (click to clear)` : LABELS[choice]}>
      <ActionIcon
        variant={rating === choice ? 'light' : 'subtle'}
        color={rating === choice ? (choice === 'UP' ? 'teal' : 'red') : 'gray'}
        aria-label={LABELS[choice]}
        aria-pressed={rating === choice}
        onClick={() => vote(choice)}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Popover
      opened={commenting !== null}
      onChange={(open) => !open && setCommenting(null)}
      width={320}
      position="bottom-start"
      shadow="md"
      trapFocus
    >
      <Popover.Target>
        <Group gap={2} wrap="nowrap">
          {thumb('UP', <IconThumbUp />)}
          {thumb('DOWN', <IconThumbDown />)}
        </Group>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Textarea
            label={commenting === 'DOWN' ? 'What was wrong? (optional)' : 'What was helpful? (optional)'}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={draft}
            placeholder={comment ?? undefined}
            onChange={(event) => setDraft(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setCommenting(null)}>
              Skip
            </Button>
            <Button size="xs" onClick={() => void sendComment()} loading={sending} disabled={draft.trim() === ''}>
              Send feedback
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
