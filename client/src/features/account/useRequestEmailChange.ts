import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password)
  }
`);

/** Mails the confirmation link to the new address; rejects with the Apollo error for the form. */
export function useRequestEmailChange(): (newEmail: string, password: string) => Promise<void> {
  const [request] = useMutation(RequestEmailChangeMutation);
  return async (newEmail, password) => {
    await request({ variables: { newEmail, password } });
  };
}
