import { useMutation } from '@apollo/client/react';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { planLimitOf } from '../../apollo/serverErrors';
import { graphql } from '../../gql';
import { appendToThread, CONVERSATION_LISTS } from './threadCache';

export const RegenerateAnswerMutation = graphql(`
  mutation RegenerateAnswer($messageId: ID!) {
    regenerateAnswer(messageId: $messageId) {
      conversation {
        id
        updatedAt
      }
      answer {
        id
        ...ChatThread_message
      }
    }
  }
`);

/**
 * A new answer to the same question, appended to the thread (the previous answer stays above it). Rejects with
 * PLAN_LIMIT_REACHED for the chat to explain; other failures are notified here.
 */
export function useRegenerateAnswer(): (answerId: string) => Promise<void> {
  const [regenerate] = useMutation(RegenerateAnswerMutation, {
    refetchQueries: CONVERSATION_LISTS,
    update(cache, { data }) {
      const payload = data?.regenerateAnswer;
      if (payload) appendToThread(cache, payload.conversation.id, [payload.answer]);
    },
  });
  return async (answerId) => {
    try {
      await regenerate({ variables: { messageId: answerId } });
    } catch (error) {
      if (planLimitOf(error)) throw error;
      notifyActionFailed('Could not regenerate the answer', error);
    }
  };
}
