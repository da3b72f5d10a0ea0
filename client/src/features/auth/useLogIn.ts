import { useApolloClientLoader } from '../../apollo/useApolloClientLoader';
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
  // Not useMutation: the log-in page paints before Apollo Client has loaded (see useApolloClientLoader).
  const loadClient = useApolloClientLoader();
  const startSession = useStartSession();

  return async (input) => {
    const client = await loadClient();
    await client.mutate({ mutation: LogInMutation, variables: { input } });
    await startSession();
  };
}
