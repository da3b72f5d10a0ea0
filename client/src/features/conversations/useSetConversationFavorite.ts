import { useMutation } from '@apollo/client/react';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';
import { CONVERSATION_LISTS } from '../copilot/threadCache';

export const SetConversationFavoriteMutation = graphql(`
  mutation SetConversationFavorite($id: ID!, $favorite: Boolean!) {
    setConversationFavorite(id: $id, favorite: $favorite) {
      id
      favorite
    }
  }
`);

/** Stars or unstars a conversation at once; the lists are refetched so the favourites filter stays right. */
export function useSetConversationFavorite(): (id: string, favorite: boolean) => Promise<void> {
  const [setFavorite] = useMutation(SetConversationFavoriteMutation, { refetchQueries: CONVERSATION_LISTS });
  return async (id, favorite) => {
    try {
      // __typename (which the generated types leave out) lets the cache file the guess under Conversation:<id>.
      const optimistic = { __typename: 'Conversation' as const, id, favorite };
      await setFavorite({ variables: { id, favorite }, optimisticResponse: { setConversationFavorite: optimistic } });
    } catch (error) {
      notifyActionFailed('Could not change the favourite', error);
    }
  };
}
