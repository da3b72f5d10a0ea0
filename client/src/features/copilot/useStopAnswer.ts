import { useMutation } from '@apollo/client/react';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { errorCodeOf, graphQLErrorsOf } from '../../apollo/serverErrors';
import { graphql } from '../../gql';

export const StopAnswerMutation = graphql(`
  mutation StopAnswer($messageId: ID!) {
    stopAnswer(messageId: $messageId) {
      id
      ...StreamedAnswer_message
    }
  }
`);

/** Stops a streaming answer; the partial text stays, as STOPPED (the stream's last event says so too). */
export function useStopAnswer(): (messageId: string) => Promise<void> {
  const [stopAnswer] = useMutation(StopAnswerMutation);
  return async (messageId) => {
    try {
      await stopAnswer({ variables: { messageId } });
    } catch (error) {
      // CONFLICT: it finished on its own meanwhile, which is what the user wanted anyway.
      if (graphQLErrorsOf(error).some((e) => errorCodeOf(e) === 'CONFLICT')) return;
      notifyActionFailed('Could not stop the answer', error);
    }
  };
}
