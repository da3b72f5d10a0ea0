import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useApolloClientLoader } from '../../apollo/useApolloClientLoader';
import { graphql } from '../../gql';

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/**
 * Sets the new password from a reset link. The server ends every session of the account, this browser's too: the
 * cache is cleared and the user goes to the log-in page. Rejects with the Apollo error for the form.
 */
export function useResetPassword(): (token: string, newPassword: string) => Promise<void> {
  // Not useMutation: the page paints before Apollo Client has loaded (see useApolloClientLoader).
  const loadClient = useApolloClientLoader();
  const navigate = useNavigate();
  return async (token, newPassword) => {
    const client = await loadClient();
    await client.mutate({ mutation: ResetPasswordMutation, variables: { token, newPassword } });
    await client.clearStore();
    navigate('/login', { replace: true });
    notifications.show({
      color: 'teal',
      title: 'Password changed',
      message: 'Every device was signed out. Log in with your new password.',
    });
  };
}
