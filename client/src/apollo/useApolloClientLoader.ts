import type { ApolloClient } from '@apollo/client';
// The context alone, not the hooks: reading it keeps Apollo Client out of the public pages' chunks.
import { getApolloContext } from '@apollo/client/react';
import { useContext, useMemo } from 'react';
import { loadAppApolloClient, loadedAppApolloClient } from './loadAppApolloClient';

/**
 * For code that runs on the public pages, which render outside any ApolloProvider (see ApolloGate): the client of
 * the nearest ApolloProvider when there is one (inside the signed-in app, and in tests' MockedProvider), else the
 * app's client, loaded on first call.
 */
export function useApolloClientLoader(): () => Promise<ApolloClient> {
  const { client } = useContext(getApolloContext());
  return useMemo(() => (client ? () => Promise.resolve(client) : loadAppApolloClient), [client]);
}

/** Same, without loading: undefined while the app's client has not been created (nobody is known signed in then). */
export function useLoadedApolloClient(): () => ApolloClient | undefined {
  const { client } = useContext(getApolloContext());
  return useMemo(() => (client ? () => client : loadedAppApolloClient), [client]);
}
