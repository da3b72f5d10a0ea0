import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const DeleteConversationMutation = graphql(`
  mutation DeleteConversation($id: ID!) {
    deleteConversation(id: $id)
  }
`);

/** Deletes a conversation and its messages: it leaves every cached list (evicted) and the counts go down. */
export function useDeleteConversation(): (id: string) => Promise<boolean> {
  const [deleteConversation] = useMutation(DeleteConversationMutation);
  return async (id) => {
    try {
      await deleteConversation({
        variables: { id },
        update(cache) {
          cache.modify<{ conversations: { totalCount: number } }>({
            id: 'ROOT_QUERY',
            fields: {
              conversations: (connection, { isReference }) =>
                isReference(connection) ? connection : { ...connection, totalCount: Math.max(0, connection.totalCount - 1) },
            },
          });
          cache.evict({ id: cache.identify({ __typename: 'Conversation', id }) });
          cache.gc();
        },
      });
    } catch (error) {
      notifyActionFailed('Could not delete the conversation', error);
      return false;
    }
    notifications.show({ color: 'teal', title: 'Conversation deleted', message: 'It is no longer in your history.' });
    return true;
  };
}
