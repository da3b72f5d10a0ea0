import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { CSRF_PREVENTION_HEADERS, GRAPHQL_HTTP_PATH, graphqlWebSocketUrl } from '../apollo/graphqlEndpoint';
import { shallowIntrospection } from './shallowIntrospection';

/**
 * The playground talks to the API as the signed-in browser user: the session cookie rides along on HTTP
 * (same origin) and on the WebSocket upgrade. Third-party tools would send an API token instead.
 */
export function createPlaygroundFetcher(): Fetcher {
  const fetcher = createGraphiQLFetcher({
    url: GRAPHQL_HTTP_PATH,
    subscriptionUrl: graphqlWebSocketUrl(),
    headers: { ...CSRF_PREVENTION_HEADERS },
    fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
  });
  // GraphiQL's schema query would exceed the API's depth limit: it goes out with fewer levels of ofType.
  return (params, options) =>
    fetcher(params.operationName === 'IntrospectionQuery' ? { ...params, query: shallowIntrospection(params.query) } : params, options);
}
