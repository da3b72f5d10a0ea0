import type { ApolloCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { graphqlWebSocketUrl } from './graphqlEndpoint';
import { markSessionEnded, SESSION_ENDED_CLOSE_CODE } from './sessionEnded';

/** Subscriptions over graphql-ws. Loaded with the first subscription (see createApolloClient). */
export function createSubscriptionLink(cache: ApolloCache): GraphQLWsLink {
  return new GraphQLWsLink(
    createClient({
      url: graphqlWebSocketUrl(),
      // Connect only when the first subscription starts, and close when the last one ends:
      // most screens never subscribe, and the cookie is read at connection time (so after log-in it is fresh).
      lazy: true,
      retryAttempts: 5,
      shouldRetry: () => true,
      on: {
        // 4401: the session was ended (from another device, by logging out, by expiry). graphql-ws does not retry
        // it; the app forgets the viewer so the route guard shows the log-in page.
        closed: (event) => {
          if ((event as CloseEvent | undefined)?.code === SESSION_ENDED_CLOSE_CODE) markSessionEnded(cache);
        },
      },
    }),
  );
}
