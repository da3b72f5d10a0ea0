import { useCallback } from 'react';
import { useLoadedApolloClient } from '../../apollo/useApolloClientLoader';
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
  // Rendered on every page, the public ones too: never loads Apollo Client itself. Before it has loaded, nobody
  // is known to be signed in, so there is nothing to record.
  const loadedClient = useLoadedApolloClient();
  return useCallback(
    async (choice) => {
      const client = loadedClient();
      if (!client?.readQuery({ query: ViewerQuery })?.me) return;
      try {
        await client.mutate({
          mutation: RecordCookieConsentMutation,
          variables: { input: { policyVersion: choice.version, granted: choice.granted } },
        });
      } catch {
        // See above: the browser keeps the choice either way.
      }
    },
    [loadedClient],
  );
}
