import type { ApolloCache } from '@apollo/client';
import { forgetSignedIn } from '../features/auth/signedInHint';
import { ViewerQuery } from '../features/auth/viewerQuery';

/** graphql-ws close code for "the credentials no longer name anyone": the server's SESSION_ENDED_CLOSE_CODE. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/**
 * The session ended elsewhere (revoked from another device, logged out, expired): forget the viewer, so the route
 * guard (RequireAuth) shows the log-in page at once. Only when a viewer was cached: a wrong password on the log-in
 * page is UNAUTHENTICATED too, and must leave the page as it is. The signed-in hint goes in every case, before the
 * session check has answered too: the next visit then waits for that check instead of preloading queries that fail.
 */
export function markSessionEnded(cache: ApolloCache): void {
  forgetSignedIn();
  const cached = cache.readQuery({ query: ViewerQuery });
  if (!cached?.me) return;
  cache.writeQuery({ query: ViewerQuery, data: { me: null } });
}
