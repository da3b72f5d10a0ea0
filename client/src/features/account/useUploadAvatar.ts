import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { uploadAvatar } from './uploadAvatar';

/** Uploads a new picture, then writes its URL into the cached User, so the header and member lists show it at once. */
export function useUploadAvatar(userId: string): (file: File) => Promise<void> {
  const client = useApolloClient();
  return useCallback(
    async (file: File) => {
      const avatarUrl = await uploadAvatar(file);
      client.cache.modify({
        id: client.cache.identify({ __typename: 'User', id: userId }),
        fields: { avatarUrl: () => avatarUrl },
      });
      notifications.show({ color: 'teal', title: 'Picture updated', message: 'Your teammates see the new picture.' });
    },
    [client, userId],
  );
}
