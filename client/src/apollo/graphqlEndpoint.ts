// The API lives on the app's own origin (the Vite dev server proxies it), so both URLs derive from the page.
export const GRAPHQL_HTTP_PATH = '/graphql';

// Apollo Server's CSRF prevention accepts a request carrying this header, whatever its content type.
export const CSRF_PREVENTION_HEADERS = { 'apollo-require-preflight': 'true' } as const;

export function graphqlWebSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${GRAPHQL_HTTP_PATH}`;
}
