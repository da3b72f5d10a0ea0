import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { SessionWorkspacesQuery } from '../auth/useStartSession';

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      role
    }
  }
`);

/**
 * Joins the invitation's workspace and opens it. The answer (a Membership) does not say which workspace it is in,
 * so the workspace lists before and after tell: the new entry is the one just joined. Rejects with the Apollo
 * error so the page can say why (expired meanwhile, already a member, ...).
 */
export function useAcceptInvitation(token: string, workspaceName: string): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [acceptInvitation] = useMutation(AcceptInvitationMutation);

  return async () => {
    const before = await client.query({ query: SessionWorkspacesQuery, fetchPolicy: 'network-only' });
    await acceptInvitation({ variables: { token } });
    // Also refreshes the cached list, so the switcher shows the new workspace.
    const after = await client.query({ query: SessionWorkspacesQuery, fetchPolicy: 'network-only' });
    const known = new Set(before.data?.workspaces.map((workspace) => workspace.id));
    const joined = after.data?.workspaces.find((workspace) => !known.has(workspace.id));
    navigate(joined ? `/w/${joined.slug}` : '/', { replace: true });
    notifications.show({ color: 'teal', title: `Welcome to ${workspaceName}`, message: 'You joined the workspace.' });
  };
}
