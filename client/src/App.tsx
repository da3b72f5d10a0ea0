import { MantineProvider } from '@mantine/core';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { AppErrorBoundary } from './components/AppErrorBoundary';
import { Toasts } from './components/Toasts';
import { ConsentProvider } from './features/consent/ConsentProvider';
import { theme } from './theme';

export function App() {
  // No ApolloProvider here: the routes that query render inside ApolloGate, so the log-in page paints without
  // Apollo Client's chunk. "auto": follow the operating system until the user picks a scheme with the header toggle.
  return (
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
  );
}
