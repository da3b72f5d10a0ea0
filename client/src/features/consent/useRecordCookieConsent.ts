import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import { ViewerQuery } from '../auth/viewerQuery';
import type { ConsentChoice } from './consent';

export const RecordCookieConsentMutation = graphql(`
  mutation RecordCookieConsent($input: CookieConsentInput!) {
    recordCookieConsent(input: $input)
  }
`);

/**
 * Records a choice on the server for the signed-in user (time and policy version). Best effort: the browser's copy
 * is what the app obeys, so a failure here never bothers the user; the next choice or sign-in records it again.
 * Sent only while someone is signed in: a logged-out visitor's choice stays in their browser.
 */
export function useRecordCookieConsent(): (choice: ConsentChoice) => Promise<void> {
  const client = useApolloClient();
  return useCallback(
    async (choice) => {
      if (!client.readQuery({ query: ViewerQuery })?.me) return;
      try {
        await client.mutate({
          mutation: RecordCookieConsentMutation,
          variables: { input: { policyVersion: choice.version, granted: choice.granted } },
        });
      } catch {
        // See above: the browser keeps the choice either way.
      }
    },
    [client],
  );
}
