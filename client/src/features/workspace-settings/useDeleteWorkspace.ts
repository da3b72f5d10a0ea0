import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import { useForgetWorkspace } from './useLeaveWorkspace';

export const DeleteWorkspaceMutation = graphql(`
  mutation DeleteWorkspace($id: ID!, $confirmName: String!) {
    deleteWorkspace(id: $id, confirmName: $confirmName)
  }
`);

/**
 * Deletes the workspace for good, then forgets it and goes home. Rejects with the Apollo error so the modal can
 * show a confirmName mismatch on its field.
 */
export function useDeleteWorkspace(workspace: { id: string; name: string }): (confirmName: string) => Promise<void> {
  const [deleteWorkspace] = useMutation(DeleteWorkspaceMutation);
  const forget = useForgetWorkspace();

  return async (confirmName) => {
    await deleteWorkspace({ variables: { id: workspace.id, confirmName } });
    forget(workspace.id);
    notifications.show({ color: 'teal', title: 'Workspace deleted', message: `${workspace.name} and everything in it are gone.` });
  };
}
