import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { AppErrorBoundary } from './components/AppErrorBoundary';
import { Toasts } from './components/Toasts';
import { ConsentProvider } from './features/consent/ConsentProvider';
import { theme } from './theme';

export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      {/* "auto": follow the operating system until the user picks a scheme with the header toggle. */}
      <MantineProvider theme={theme} defaultColorScheme="auto">
        <Toasts />
        <BrowserRouter>
          {/* Inside the router so the fallback can navigate home and a route change resets it. */}
          <AppErrorBoundary>
            {/* Asks for the cookie choice on every route, public pages included. */}
            <ConsentProvider>
              <AppRoutes />
            </ConsentProvider>
          </AppErrorBoundary>
        </BrowserRouter>
      </MantineProvider>
    </ApolloProvider>
  );
}
