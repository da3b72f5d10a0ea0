import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { CSRF_PREVENTION_HEADERS, GRAPHQL_HTTP_PATH, graphqlWebSocketUrl } from './graphqlEndpoint';
import { createNotifyingErrorLink } from './notifyingErrorLink';
import { markSessionEnded, SESSION_ENDED_CLOSE_CODE } from './sessionEnded';
import { typePolicies } from './typePolicies';

export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({ typePolicies });

  const httpLink = new HttpLink({
    uri: GRAPHQL_HTTP_PATH,
    // The session is an httpOnly cookie on this same origin.
    credentials: 'same-origin',
    headers: { ...CSRF_PREVENTION_HEADERS },
  });

  const wsLink = new GraphQLWsLink(
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

  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);

  return new ApolloClient({
    link: ApolloLink.from([createNotifyingErrorLink(), transport]),
    cache,
  });
}
