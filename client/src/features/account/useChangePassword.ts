import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** Changes the password; this session stays, every other one ends. Rejects with the Apollo error for the form. */
export function useChangePassword(): (currentPassword: string, newPassword: string) => Promise<void> {
  const [change] = useMutation(ChangePasswordMutation);
  return async (currentPassword, newPassword) => {
    await change({ variables: { currentPassword, newPassword } });
    notifications.show({
      color: 'teal',
      title: 'Password changed',
      message: 'Your other devices were signed out. We sent you an email about the change.',
    });
  };
}
