import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { LogInInput } from '../../gql/graphql';
import { useStartSession } from './useStartSession';

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      id
    }
  }
`);

/** Logs in, then starts the session. Rejects with the Apollo error so the form can place it on its fields. */
export function useLogIn(): (input: LogInInput) => Promise<void> {
  const [logIn] = useMutation(LogInMutation);
  const startSession = useStartSession();

  return async (input) => {
    await logIn({ variables: { input } });
    await startSession();
  };
}
