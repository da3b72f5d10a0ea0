import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AskCopilotMutation as AskCopilotData } from '../../gql/graphql';
import { appendToThread, CONVERSATION_LISTS, startThread } from './threadCache';

export const AskCopilotMutation = graphql(`
  mutation AskCopilot($input: AskInput!) {
    askCopilot(input: $input) {
      conversation {
        id
        title
        favorite
        updatedAt
      }
      question {
        id
        ...ChatThread_message
      }
      answer {
        id
        ...ChatThread_message
      }
    }
  }
`);

export type AskResult = AskCopilotData['askCopilot'];

/**
 * Asks a question, in a conversation or (without one) in a new one. The question and its STREAMING answer go into
 * the conversation's cached thread, so the chat shows them without another request; the history list is
 * refetched, since the conversation now comes first. Rejects with the Apollo error (PLAN_LIMIT_REACHED is shown
 * by the chat beside the composer).
 */
export function useAskCopilot(workspaceId: string): (question: string, conversationId?: string) => Promise<AskResult> {
  const [askCopilot] = useMutation(AskCopilotMutation, {
    refetchQueries: CONVERSATION_LISTS,
    update(cache, { data }, { variables }) {
      const payload = data?.askCopilot;
      if (!payload) return;
      if (variables?.input.conversationId) appendToThread(cache, payload.conversation.id, [payload.question, payload.answer]);
      else startThread(cache, payload.conversation, [payload.question, payload.answer]);
    },
  });

  return async (question, conversationId) => {
    const { data } = await askCopilot({ variables: { input: { workspaceId, question, conversationId } } });
    if (!data) throw new Error('The question could not be sent.');
    return data.askCopilot;
  };
}
