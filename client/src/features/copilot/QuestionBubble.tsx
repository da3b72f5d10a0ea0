import { ActionIcon, Group, Paper, Text } from '@mantine/core';
import { Tooltip } from '../../components/floating';
import { IconStar } from '../../components/icons';
import { graphql } from '../../gql';
import type { QuestionBubble_MessageFragment } from '../../gql/graphql';
import { useSetQuerySaved } from './useSetQuerySaved';

export const QuestionBubbleFragment = graphql(`
  fragment QuestionBubble_message on Message {
    id
    content
    saved
    createdAt
  }
`);

interface QuestionBubbleProps {
  message: Pick<QuestionBubble_MessageFragment, 'content'> & Partial<QuestionBubble_MessageFragment>;
  /** A question still being sent has no id yet, so nothing to save. */
  pending?: boolean;
}

/** The user's question, on the right, with a toggle to keep it in the saved questions. */
export function QuestionBubble({ message, pending = false }: QuestionBubbleProps) {
  const setQuerySaved = useSetQuerySaved();
  const { id, saved = false } = message;

  return (
    <Group justify="flex-end" align="flex-start" gap={6} wrap="nowrap">
      {id && !pending && (
        <Tooltip label={saved ? 'Saved: click to remove from saved questions' : 'Save question'}>
          <ActionIcon
            variant={saved ? 'light' : 'subtle'}
            color={saved ? 'yellow' : 'gray'}
            aria-label="Save question"
            aria-pressed={saved}
            onClick={() => void setQuerySaved(id, !saved)}
            mt={4}
          >
            <IconStar filled={saved} />
          </ActionIcon>
        </Tooltip>
      )}
      <Paper
        px="md"
        py="xs"
        radius="lg"
        maw="85%"
        bg="var(--mantine-primary-color-light)"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        aria-label="Your question"
      >
        <Text size="sm">{message.content}</Text>
      </Paper>
    </Group>
  );
}
