import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { notifyActionFailed } from '../../apollo/notifyActionFailed';
import { graphql } from '../../gql';

export const RevokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);

/** Ends every session but this one; the list keeps only the current session. */
export function useRevokeOtherSessions(currentId: string | null): () => Promise<boolean> {
  const [revokeOtherSessions] = useMutation(RevokeOtherSessionsMutation, {
    update(cache) {
      cache.modify({
        fields: {
          sessions(existing: readonly { __ref: string }[], { readField }) {
            return existing.filter((ref) => readField('id', ref) === currentId);
          },
        },
      });
    },
  });
  return async () => {
    try {
      const { data } = await revokeOtherSessions();
      const count = data?.revokeOtherSessions ?? 0;
      notifications.show({
        color: 'teal',
        title: 'Other sessions ended',
        message: count === 1 ? '1 other session is signed out.' : `${count} other sessions are signed out.`,
      });
    } catch (error) {
      notifyActionFailed('Could not end the other sessions', error);
      return false;
    }
    return true;
  };
}
