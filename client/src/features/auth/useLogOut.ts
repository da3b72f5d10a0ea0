import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export function useLogOut(): { logOut: () => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(LogOutMutation);

  const logOut = async () => {
    try {
      await mutate();
    } catch {
      // The error link already told the user (network/server); keep them signed in rather than pretend.
      return;
    }
    // clearStore, not resetStore: refetching the open screens' queries now would only earn UNAUTHENTICATED.
    await client.clearStore();
    navigate('/login', { replace: true });
    notifications.show({ color: 'gray', title: 'Logged out', message: 'See you soon.' });
  };

  return { logOut, loading };
}
