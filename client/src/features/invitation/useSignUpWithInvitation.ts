import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { SignUpInput } from '../../gql/graphql';
import { SignUpMutation } from '../auth/useSignUp';
import { useStartSession } from '../auth/useStartSession';

/**
 * Creates the account from an invitation: the server joins it to the invitation's workspace instead of creating
 * one, so starting the session lands right there (it is the account's only workspace). Rejects with the Apollo
 * error so the form can place it on its fields.
 */
export function useSignUpWithInvitation(
  token: string,
  workspaceName: string,
): (input: Omit<SignUpInput, 'invitationToken'>) => Promise<void> {
  const [signUp] = useMutation(SignUpMutation);
  const startSession = useStartSession();

  return async (input) => {
    await signUp({ variables: { input: { ...input, invitationToken: token } } });
    await startSession();
    notifications.show({
      color: 'teal',
      title: `Welcome to ${workspaceName}`,
      message: 'Your account is ready and you have joined the workspace.',
    });
  };
}
