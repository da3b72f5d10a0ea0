import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const DeleteDocumentMutation = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`);

/**
 * Deletes a document with its passages: it leaves every cached list (evicted) and their counts go down. Answers
 * that cited it keep the passage text. Resolves true on success.
 */
export function useDeleteDocument(): (document: { id: string; title: string }) => Promise<boolean> {
  const [deleteDocument] = useMutation(DeleteDocumentMutation);
  return async (document) => {
    try {
      await deleteDocument({
        variables: { id: document.id },
        update(cache) {
          cache.modify<{ documents: { totalCount: number } }>({
            id: 'ROOT_QUERY',
            fields: {
              documents: (connection, { isReference }) =>
                isReference(connection) ? connection : { ...connection, totalCount: Math.max(0, connection.totalCount - 1) },
            },
          });
          cache.evict({ id: cache.identify({ __typename: 'Document', id: document.id }) });
          cache.gc();
        },
      });
    } catch (error) {
      notifyActionFailed(`Could not delete “${document.title}”`, error);
      return false;
    }
    notifications.show({ color: 'teal', title: 'Document deleted', message: `“${document.title}” is no longer used for answers.` });
    return true;
  };
}
