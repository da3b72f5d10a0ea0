import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAppApolloClient } from './apollo/loadAppApolloClient';
import { startBrowserErrorReporting } from './features/consent/browserErrorReporting';
import { reloadOnStaleChunk } from './routing/reloadOnStaleChunk';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// Pages are chunks loaded on demand: a tab older than the last deploy reloads to get the current ones.
reloadOnStaleChunk();

// Waits for the user's consent to error reporting (the cookie banner); loads nothing before it.
startBrowserErrorReporting();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Apollo Client is not needed to paint a public page, but it is to send its form or to show the app: fetch its chunk
// once the browser is idle after the first paint (a signed-in route has asked for it already by then).
const prefetchApollo = () => void loadAppApolloClient().catch(() => undefined);
if ('requestIdleCallback' in window) requestIdleCallback(prefetchApollo, { timeout: 3_000 });
else setTimeout(prefetchApollo, 1_000);
