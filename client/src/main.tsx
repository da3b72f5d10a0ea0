import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from './apollo/createApolloClient';
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
    <App client={createApolloClient()} />
  </StrictMode>,
);
