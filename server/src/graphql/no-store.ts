import type { GraphQLResponse } from '@apollo/server';

/**
 * Every GraphQL answer is `Cache-Control: no-store`: answers carry the viewer's data, and no field has a cache hint.
 * Apollo's default cache-control plugin came to the same header, but by hooking every resolved field to collect
 * hints the schema never gives: on a members page that was thousands of calls per second for a constant result
 * (issue 13, item 1). So it is disabled (`ApolloServerPluginCacheControlDisabled` in app.ts) and the header is set
 * once per response (http-request-plugin.ts).
 */
export function markNoStore(response: GraphQLResponse): void {
  response.http.headers.set('cache-control', 'no-store');
}
