import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { type ReactNode, use, useContext } from 'react';
import { loadAppApolloClient } from './loadAppApolloClient';

/**
 * Provides the app's Apollo Client to the routes that query at render (everything behind the log-in, and the few
 * public pages that read data), suspending until its chunk has loaded. A chunk of its own, loaded with the route:
 * the log-in, sign-up and password pages never render it. Under an ApolloProvider already (tests' MockedProvider) it
 * keeps that one.
 */
export function ApolloGate({ children }: { children: ReactNode }) {
  const { client: provided } = useContext(getApolloContext());
  if (provided) return children;
  return <ApolloProvider client={use(loadAppApolloClient())}>{children}</ApolloProvider>;
}
