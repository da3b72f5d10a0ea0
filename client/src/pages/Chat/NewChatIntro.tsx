import { skipToken, useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ScrollRegion } from '../../components/ScrollRegion';
import { ChatThread } from '../../features/copilot/ChatThread';
import { graphql } from '../../gql';
import type { ChatWorkspaceQuery } from '../../gql/graphql';

export const ChatSuggestionsQuery = graphql(`
  query ChatSuggestions($workspaceId: ID!) {
    suggestedQuestions(workspaceId: $workspaceId)
  }
`);

interface NewChatIntroProps {
  workspace: NonNullable<ChatWorkspaceQuery['workspace']>;
  pendingQuestion: string | null;
  onAsk: (question: string) => void;
  onOpenHistory: () => void;
  composer: ReactNode;
}

/** A new conversation: questions to start with, or, in a workspace without documents, the way to add some. */
export function NewChatIntro({ workspace, pendingQuestion, onAsk, onOpenHistory, composer }: NewChatIntroProps) {
  const hasDocuments = workspace.usage.documents.used > 0;
  const { data } = useQuery(ChatSuggestionsQuery, hasDocuments ? { variables: { workspaceId: workspace.id } } : skipToken);
  const suggestions = data?.suggestedQuestions ?? [];
  const canAddDocuments = workspace.viewerCan.addDocuments;

  return (
    <>
      <Group hiddenFrom="md">
        <Button variant="default" size="xs" onClick={onOpenHistory}>
          History
        </Button>
      </Group>
      <ScrollRegion>
        {pendingQuestion !== null ? (
          <ChatThread
            messages={[]}
            pendingQuestion={pendingQuestion}
            workspaceSlug={workspace.slug}
            onStop={() => {}}
            onRegenerate={() => {}}
          />
        ) : hasDocuments ? (
          <EmptyState
            py={48}
            title="Ask your workspace"
            description={`Answers come from ${workspace.name}’s documents, with numbered sources you can open.`}
          >
            {suggestions.length > 0 && (
              <Stack gap="xs" align="center" mt="md">
                <Text size="sm" c="dimmed">
                  Try one of these
                </Text>
                <Group gap="xs" justify="center" maw={640} aria-label="Suggested questions" role="group">
                  {suggestions.map((question) => (
                    <Button key={question} variant="light" radius="xl" size="xs" onClick={() => onAsk(question)}>
                      {question}
                    </Button>
                  ))}
                </Group>
              </Stack>
            )}
          </EmptyState>
        ) : (
          <EmptyState
            py={48}
            title="Add documents to get started"
            description={
              canAddDocuments
                ? 'The copilot answers from this workspace’s documents. Paste some text or upload a file (.txt, .md, .csv, .html, .pdf), then come back to ask.'
                : 'The copilot answers from this workspace’s documents, and there are none yet. Ask a member of the workspace to add some.'
            }
          >
            {canAddDocuments && (
              <EmptyState.Actions>
                <Button component={Link} to={`/w/${workspace.slug}/documents`}>
                  Add a document
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        )}
      </ScrollRegion>
      {composer}
    </>
  );
}
