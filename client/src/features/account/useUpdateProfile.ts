import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { UpdateProfileInput } from '../../gql/graphql';

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      name
      avatarUrl
    }
  }
`);

/**
 * Saves the name or removes the avatar; the returned User updates every place that shows it (header, member lists)
 * through the cache. Rejects with the Apollo error for the form.
 */
export function useUpdateProfile(): (input: UpdateProfileInput, saved: string) => Promise<void> {
  const [update] = useMutation(UpdateProfileMutation);
  return async (input, saved) => {
    await update({ variables: { input } });
    notifications.show({ color: 'teal', title: saved, message: 'Your teammates see the change right away.' });
  };
}
