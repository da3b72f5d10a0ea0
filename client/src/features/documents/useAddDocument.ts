import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { AddDocumentInput } from '../../gql/graphql';

export const AddDocumentMutation = graphql(`
  mutation AddDocument($workspaceId: ID!, $input: AddDocumentInput!) {
    addDocument(workspaceId: $workspaceId, input: $input) {
      id
      ...DocumentsTable_document
    }
  }
`);

/** The document lists, by operation name: refetched so the new document shows first (the server orders them). */
export const DOCUMENT_LISTS = ['DocumentsList'];

/**
 * Adds a document from pasted text or a file. The usage bar follows through the workspaceUsage subscription.
 * Rejects with the Apollo error so the form can put field errors and plan limits where they belong.
 */
export function useAddDocument(workspaceId: string): (input: AddDocumentInput) => Promise<void> {
  const [addDocument] = useMutation(AddDocumentMutation, { refetchQueries: DOCUMENT_LISTS, awaitRefetchQueries: true });
  return async (input) => {
    const { data } = await addDocument({ variables: { workspaceId, input } });
    const document = data?.addDocument;
    if (!document) return;
    notifications.show({
      color: 'teal',
      title: 'Document added',
      message:
        document.status === 'PROCESSING'
          ? `“${document.title}” is being indexed; it can be cited once ready.`
          : `“${document.title}” can now be cited.`,
    });
  };
}
