import type { ApolloClient } from '@apollo/client';
import { loadOnce } from '../routing/loadOnce';

const appClient = loadOnce(() => import('./createApolloClient').then(({ createApolloClient }) => createApolloClient()));

/**
 * The app's one Apollo Client, created the first time something needs it. Apollo Client (its cache, links and rxjs,
 * ≈ 50 kB gzip) is a chunk of its own: the public pages (log-in, sign-up, password reset) paint without it and load it
 * when their form is sent, or earlier when the browser is idle. A failed load (a deploy replaced the chunk, the
 * network dropped) is retried on the next call.
 */
export function loadAppApolloClient(): Promise<ApolloClient> {
  return appClient.load();
}

/** The client if it has been created, without loading it: nothing can be cached (nobody known signed in) before. */
export function loadedAppApolloClient(): ApolloClient | undefined {
  return appClient.current();
}
