import { useApolloClientLoader } from '../../apollo/useApolloClientLoader';
import { graphql } from '../../gql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * Asks for a reset link. The server answers the same whether or not the address has an account, so the page says
 * "if an account exists" either way. Rejects with the Apollo error (a malformed address, too many requests).
 */
export function useRequestPasswordReset(): (email: string) => Promise<void> {
  // Not useMutation: the page paints before Apollo Client has loaded (see useApolloClientLoader).
  const loadClient = useApolloClientLoader();
  return async (email) => {
    const client = await loadClient();
    await client.mutate({ mutation: RequestPasswordResetMutation, variables: { email } });
  };
}
