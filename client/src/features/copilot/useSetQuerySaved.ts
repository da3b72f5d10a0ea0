import { useMutation } from '@apollo/client/react';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const SetQuerySavedMutation = graphql(`
  mutation SetQuerySaved($messageId: ID!, $saved: Boolean!) {
    setQuerySaved(messageId: $messageId, saved: $saved) {
      id
      saved
    }
  }
`);

/**
 * Keeps a question in the saved list, or takes it out. The saved list is refetched when next shown (its order
 * is the server's); a question taken out leaves a list already on screen at once.
 */
export function useSetQuerySaved(): (messageId: string, saved: boolean) => Promise<boolean> {
  const [setQuerySaved] = useMutation(SetQuerySavedMutation);
  return async (messageId, saved) => {
    try {
      const optimistic = { __typename: 'Message' as const, id: messageId, saved };
      await setQuerySaved({
        variables: { messageId, saved },
        optimisticResponse: { setQuerySaved: optimistic },
        update(cache) {
          if (saved) cache.evict({ id: 'ROOT_QUERY', fieldName: 'savedQueries' });
          else
            cache.modify({
              id: 'ROOT_QUERY',
              fields: {
                savedQueries: (list, { readField, isReference }) =>
                  isReference(list) ? list : list.filter((item: unknown) => readField('id', item as never) !== messageId),
              },
            });
        },
      });
      return true;
    } catch (error) {
      notifyActionFailed(saved ? 'Could not save the question' : 'Could not remove the saved question', error);
      return false;
    }
  };
}
