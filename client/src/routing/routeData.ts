import type { ApolloClient } from '@apollo/client';
import type { Params } from 'react-router';
import { loadAppApolloClient } from '../apollo/loadAppApolloClient';

/**
 * A page module's own queries, started when its route is matched (see AppRoutes). Without it a page's queries wait
 * for the session check, then for its layout and its own first query, one round trip after the other: on a phone
 * the chat showed its answer three round trips later than it could. Started with `client.query` (cache-first), so the
 * page's `useQuery` for the same query and variables joins the request in flight or reads its result.
 */
export type RouteDataPreloader = (client: ApolloClient, params: Params) => void;

/** The `preloadRouteData` a page module exports, if any. */
function preloaderOf(module: unknown): RouteDataPreloader | undefined {
  if (typeof module !== 'object' || module === null || !('preloadRouteData' in module)) return undefined;
  return typeof module.preloadRouteData === 'function' ? (module.preloadRouteData as RouteDataPreloader) : undefined;
}

/**
 * Starts the queries of a loaded page module for these params. AppRoutes calls it only for a visitor probably signed
 * in (features/auth/signedInHint): an anonymous one's would all fail UNAUTHENTICATED. Failures are left to the page:
 * a session that ended since the hint was set fails UNAUTHENTICATED once (which clears the hint) while the route guard
 * sends the visitor to log in, and a page whose query failed asks again when it renders.
 */
export async function preloadRouteData(module: unknown, params: Params, provided?: ApolloClient): Promise<void> {
  const preload = preloaderOf(module);
  if (!preload) return;
  const client = provided ?? (await loadAppApolloClient().catch(() => undefined));
  if (client) preload(client, params);
}

/** Ignores the outcome of a query started ahead of its page: the page's own `useQuery` reports it. */
export function startQuery(request: Promise<unknown>): void {
  request.catch(() => undefined);
}
