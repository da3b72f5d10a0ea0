import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

/** Revokes a token at once (its open WebSockets close too); it drops from the list. */
export function useRevokeApiToken(): (token: { id: string; name: string }) => Promise<boolean> {
  const [revokeApiToken] = useMutation(RevokeApiTokenMutation);
  return async (token) => {
    try {
      await revokeApiToken({
        variables: { id: token.id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'ApiToken', id: token.id }) });
          cache.gc();
        },
      });
    } catch (error) {
      notifyActionFailed('Could not revoke the token', error);
      return false;
    }
    notifications.show({ color: 'teal', title: 'Token revoked', message: `“${token.name}” no longer works.` });
    return true;
  };
}
