import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { SignUpInput } from '../../gql/graphql';
import { useStartSession } from './useStartSession';

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      name
    }
  }
`);

/**
 * Creates the account (the server also creates the user's first workspace), then starts the session.
 * Rejects with the Apollo error so the form can place it on its fields.
 */
export function useSignUp(): (input: SignUpInput) => Promise<void> {
  const [signUp] = useMutation(SignUpMutation);
  const startSession = useStartSession();

  return async (input) => {
    const { data } = await signUp({ variables: { input } });
    await startSession();
    notifications.show({
      color: 'teal',
      title: `Welcome to Askbase${data?.signUp.name ? `, ${data.signUp.name}` : ''}`,
      // Said after every sign-up: a taken address gets the same answer (its owner is mailed instead).
      message: `We sent a link to ${input.email.trim()} to verify your email address.`,
    });
  };
}
