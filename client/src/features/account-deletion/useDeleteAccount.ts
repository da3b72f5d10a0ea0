import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { forgetSignedIn } from '../auth/signedInHint';
import { ACCOUNT_DELETED_NOTICE } from './accountDeletedNotice';

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

/**
 * Deletes the account, forgets everything cached about it and goes to the log-in page with a notice. Rejects with
 * the Apollo error (a wrong password, the workspaces that block it) for the modal to show.
 */
export function useDeleteAccount(): (password: string) => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate] = useMutation(DeleteAccountMutation);
  return async (password) => {
    await mutate({ variables: { password } });
    // No session left on any device (see features/auth/signedInHint).
    forgetSignedIn();
    // clearStore, not resetStore: refetching the open screens' queries now would only earn UNAUTHENTICATED.
    await client.clearStore();
    navigate('/login', { replace: true, state: { notice: ACCOUNT_DELETED_NOTICE } });
  };
}
