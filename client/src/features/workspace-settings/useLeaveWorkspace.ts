import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const LeaveWorkspaceMutation = graphql(`
  mutation LeaveWorkspace($workspaceId: ID!) {
    leaveWorkspace(workspaceId: $workspaceId)
  }
`);

/** Leaves the workspace, forgets it in the cache (the switcher drops it) and goes home. Resolves true on success. */
export function useLeaveWorkspace(workspace: { id: string; name: string }): () => Promise<boolean> {
  const [leaveWorkspace] = useMutation(LeaveWorkspaceMutation);
  const forget = useForgetWorkspace();

  return async () => {
    try {
      await leaveWorkspace({ variables: { workspaceId: workspace.id } });
    } catch (error) {
      notifyActionFailed('Could not leave the workspace', error);
      return false;
    }
    forget(workspace.id);
    notifications.show({ color: 'teal', title: 'You left the workspace', message: `You no longer have access to ${workspace.name}.` });
    return true;
  };
}

/**
 * After leaving or deleting: home first ("/" picks another workspace), then evict, so the settings page is gone
 * before its data is, and does not refetch a workspace that no longer answers.
 */
export function useForgetWorkspace(): (workspaceId: string) => void {
  const client = useApolloClient();
  const navigate = useNavigate();
  return (workspaceId) => {
    navigate('/', { replace: true });
    queueMicrotask(() => {
      client.cache.evict({ id: client.cache.identify({ __typename: 'Workspace', id: workspaceId }) });
      client.cache.gc();
    });
  };
}
