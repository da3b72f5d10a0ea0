import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { forgetSignedIn } from './signedInHint';

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

interface LogOutOptions {
  /**
   * Stay on the current page and load it again as an anonymous visitor, instead of going to /login: for public
   * pages such as an invitation, which read differently once signed out.
   */
  stay?: boolean;
}

export function useLogOut(): { logOut: (options?: LogOutOptions) => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(LogOutMutation);

  const logOut = async ({ stay = false }: LogOutOptions = {}) => {
    try {
      await mutate();
    } catch {
      // The error link already told the user (network/server); keep them signed in rather than pretend.
      return;
    }
    // The next visit to a signed-in page waits for the session check instead of preloading queries bound to fail.
    forgetSignedIn();
    if (stay) {
      // resetStore refetches the open (public) page's queries, which now answer for nobody.
      await client.resetStore();
    } else {
      // clearStore, not resetStore: refetching the open screens' queries now would only earn UNAUTHENTICATED.
      await client.clearStore();
      navigate('/login', { replace: true });
    }
    notifications.show({ color: 'gray', title: 'Logged out', message: 'See you soon.' });
  };

  return { logOut, loading };
}
