import type { ApolloCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { notifications } from '@mantine/notifications';
import { errorCodeOf, retryAfterSecondsOf } from './serverErrors';
import { markSessionEnded } from './sessionEnded';

/**
 * Tells the user about failures no screen can handle itself: the network, server bugs, a busy server and rate limits.
 * Everything else (BAD_USER_INPUT, CONFLICT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND) is the screen's to show:
 * forms inline on their fields, route guards by redirecting, pages with their own not-found state. One exception:
 * UNAUTHENTICATED from any operation while signed in means the session ended (revoked elsewhere, expired), so the
 * viewer is forgotten and the route guard shows the log-in page.
 */
export function createNotifyingErrorLink(): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) {
      notifications.show({
        // A fixed id so a flapping connection shows one notification, not a stack of them.
        id: 'network-error',
        color: 'red',
        title: 'Connection problem',
        message: 'Askbase could not reach the server. Check your connection and try again.',
      });
      return;
    }
    for (const graphQLError of error.errors) {
      const code = errorCodeOf(graphQLError);
      if (code === 'UNAUTHENTICATED') {
        markSessionEnded(operation.client.cache as ApolloCache);
      } else if (code === 'RATE_LIMITED') {
        const seconds = retryAfterSecondsOf(graphQLError);
        notifications.show({
          id: 'rate-limited',
          color: 'yellow',
          title: 'Slow down a little',
          message: seconds ? `Too many requests. Try again in ${seconds} s.` : 'Too many requests. Try again shortly.',
        });
      } else if (code === 'SERVICE_UNAVAILABLE') {
        // The database is saturated or stalled: the request was fine, a retry in a few seconds will do.
        notifications.show({
          id: 'service-unavailable',
          color: 'yellow',
          title: 'Askbase is busy',
          message: 'The server is busy right now. Try again in a few seconds.',
        });
      } else if (code === 'INTERNAL_SERVER_ERROR') {
        notifications.show({
          id: 'internal-server-error',
          color: 'red',
          title: 'Something went wrong on our side',
          message: 'The request failed. Try again; if it keeps failing, contact support.',
        });
      }
    }
  });
}
