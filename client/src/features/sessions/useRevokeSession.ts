import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

/** Ends another session of the viewer's; it drops from the list. The device's open tab goes to the log-in page. */
export function useRevokeSession(): (session: { id: string; label: string }) => Promise<boolean> {
  const [revokeSession] = useMutation(RevokeSessionMutation);
  return async (session) => {
    try {
      await revokeSession({
        variables: { id: session.id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Session', id: session.id }) });
          cache.gc();
        },
      });
    } catch (error) {
      notifyActionFailed('Could not end the session', error);
      return false;
    }
    notifications.show({ color: 'teal', title: 'Session ended', message: `${session.label} is signed out.` });
    return true;
  };
}
