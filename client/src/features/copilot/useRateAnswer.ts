import { useMutation } from '@apollo/client/react';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';
import type { Rating } from '../../gql/graphql';

export const RateAnswerMutation = graphql(`
  mutation RateAnswer($messageId: ID!, $rating: Rating, $comment: String) {
    rateAnswer(messageId: $messageId, rating: $rating, comment: $comment) {
      id
      viewerRating
      viewerRatingComment
    }
  }
`);

/** Thumbs up or down (null clears it), with an optional comment; shown at once, undone if the server refuses. */
export function useRateAnswer(): (messageId: string, rating: Rating | null, comment?: string) => Promise<boolean> {
  const [rateAnswer] = useMutation(RateAnswerMutation);
  return async (messageId, rating, comment) => {
    const trimmed = comment?.trim() || null;
    try {
      // __typename (which the generated types leave out) lets the cache file the guess under Message:<id>.
      const optimistic = {
        __typename: 'Message' as const,
        id: messageId,
        viewerRating: rating,
        viewerRatingComment: rating ? trimmed : null,
      };
      await rateAnswer({ variables: { messageId, rating, comment: trimmed }, optimisticResponse: { rateAnswer: optimistic } });
      return true;
    } catch (error) {
      notifyActionFailed('Could not save your feedback', error);
      return false;
    }
  };
}
