import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { planLimitOf } from '../../apollo/serverErrors';
import { FormattedDate } from '../../components/FormattedDate';
import { useAskCopilot } from '../../features/copilot/useAskCopilot';
import { useSetQuerySaved } from '../../features/copilot/useSetQuerySaved';
import type { SavedQueriesQuery } from '../../gql/graphql';

interface SavedQueriesListProps {
  workspaceId: string;
  workspaceSlug: string;
  questions: SavedQueriesQuery['savedQueries'];
}

export function SavedQueriesList({ workspaceId, workspaceSlug, questions }: SavedQueriesListProps) {
  const navigate = useNavigate();
  const ask = useAskCopilot(workspaceId);
  const setQuerySaved = useSetQuerySaved();
  const [running, setRunning] = useState<string | null>(null);

  // Asked anew, in a new conversation: the answer reflects the documents as they are now.
  const runAgain = async (id: string, question: string) => {
    setRunning(id);
    try {
      const result = await ask(question);
      navigate(`/w/${workspaceSlug}/chat/${result.conversation.id}`);
    } catch (error) {
      const limit = planLimitOf(error);
      if (limit) notifications.show({ color: 'orange', title: 'Question limit reached', message: limit.message });
      else notifyActionFailed('Could not ask the question again', error);
      setRunning(null);
    }
  };

  if (questions.length === 0) {
    return (
      <EmptyState py="xl" title="No saved questions yet" description="In a conversation, use the star beside a question to keep it here." />
    );
  }

  return (
    <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Saved questions">
      {questions.map((question, index) => (
        <Group
          key={question.id}
          component="li"
          justify="space-between"
          wrap="nowrap"
          py="sm"
          style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
        >
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} lineClamp={2}>
              {question.content}
            </Text>
            <Text size="xs" c="dimmed">
              Asked <FormattedDate value={question.createdAt} />
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              loading={running === question.id}
              disabled={running !== null && running !== question.id}
              onClick={() => void runAgain(question.id, question.content)}
              aria-label={`Run again: ${question.content}`}
            >
              Run again
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => void setQuerySaved(question.id, false)}>
              Remove
            </Button>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
