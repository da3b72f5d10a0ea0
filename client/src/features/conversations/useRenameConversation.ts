import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const RenameConversationMutation = graphql(`
  mutation RenameConversation($id: ID!, $title: String!) {
    renameConversation(id: $id, title: $title) {
      id
      title
      updatedAt
    }
  }
`);

/** Renames a conversation (the normalized record updates every list showing it). Rejects for the form to show. */
export function useRenameConversation(): (id: string, title: string) => Promise<void> {
  const [rename] = useMutation(RenameConversationMutation);
  return async (id, title) => {
    await rename({ variables: { id, title } });
  };
}
