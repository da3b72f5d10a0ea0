import { notifications } from '@mantine/notifications';
import { useApolloClientLoader } from '../../apollo/useApolloClientLoader';
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
  // Not useMutation: the sign-up page paints before Apollo Client has loaded (see useApolloClientLoader).
  const loadClient = useApolloClientLoader();
  const startSession = useStartSession();

  return async (input) => {
    const client = await loadClient();
    const { data } = await client.mutate({ mutation: SignUpMutation, variables: { input } });
    await startSession();
    notifications.show({
      color: 'teal',
      title: `Welcome to Askbase${data?.signUp.name ? `, ${data.signUp.name}` : ''}`,
      // Said after every sign-up: a taken address gets the same answer (its owner is mailed instead).
      message: `We sent a link to ${input.email.trim()} to verify your email address.`,
    });
  };
}
