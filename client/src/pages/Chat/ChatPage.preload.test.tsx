import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { Observable, of } from 'rxjs';
import { AppRoutes } from '../../AppRoutes';
import { typePolicies } from '../../apollo/typePolicies';
import { rememberSignedIn } from '../../features/auth/signedInHint';
import { loadedMarkdownAnswer } from '../../features/copilot/useMarkdownAnswer';
import { theme } from '../../theme';

/**
 * A server that takes every request and never answers: what was asked is all there is to see. Without deduplication,
 * so that a query started twice is asked twice.
 */
function silentServer() {
  const asked: string[] = [];
  const link = new ApolloLink((operation) => {
    asked.push(operation.operationName ?? '');
    return new Observable(() => undefined);
  });
  return { asked, client: new ApolloClient({ link, cache: new InMemoryCache({ typePolicies }), queryDeduplication: false }) };
}

function renderAt(route: string, client: ApolloClient, { strict = false } = {}) {
  const app = (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} env="test">
        <MemoryRouter initialEntries={[route]}>
          <AppRoutes />
        </MemoryRouter>
      </MantineProvider>
    </ApolloProvider>
  );
  render(strict ? <StrictMode>{app}</StrictMode> : app);
}

/** The page modules whose queries start with the route, loaded: a preload then waits for nothing but the visit. */
async function loadChatModules() {
  await Promise.all([import('../WorkspaceLayout/WorkspaceLayout'), import('./ChatPage')]);
}

describe('the chat route starts its queries with the route', () => {
  it('asks for the frame, the workspace and the open conversation while the session check is still pending', async () => {
    rememberSignedIn();
    const { asked, client } = silentServer();
    renderAt('/w/acme/chat/c1', client);
    await waitFor(() => expect([...asked].sort()).toEqual(['ChatConversation', 'ChatWorkspace', 'Viewer', 'WorkspaceLayout']));
    // The guard still waits for the session: the page itself has not rendered.
    expect(screen.getByRole('status', { name: 'Checking your session' })).toBeInTheDocument();
  });

  it('asks for no conversation on a new chat', async () => {
    rememberSignedIn();
    const { asked, client } = silentServer();
    renderAt('/w/acme/chat', client);
    await waitFor(() => expect([...asked].sort()).toEqual(['ChatWorkspace', 'Viewer', 'WorkspaceLayout']));
  });

  it('asks once per visit under StrictMode, which renders and runs effects twice', async () => {
    rememberSignedIn();
    await loadChatModules();
    const { asked, client } = silentServer();
    renderAt('/w/acme/chat/c1', client, { strict: true });
    await waitFor(() => expect(asked).toContain('ChatConversation'));
    // The page's own queries wait for the guard, which waits for the silent server: every page query asked is a preload.
    expect(asked.filter((name) => name !== 'Viewer').sort()).toEqual(['ChatConversation', 'ChatWorkspace', 'WorkspaceLayout']);
  });

  it('asks an anonymous visitor for the session only: no page query to fail UNAUTHENTICATED against the rate limit', async () => {
    await loadChatModules();
    const asked: string[] = [];
    // The session check answers "nobody"; any other query would hang, as the silent server's do.
    const link = new ApolloLink((operation) => {
      asked.push(operation.operationName ?? '');
      return operation.operationName === 'Viewer' ? of({ data: { me: null } }) : new Observable(() => undefined);
    });
    renderAt('/w/acme/chat/c1', new ApolloClient({ link, cache: new InMemoryCache({ typePolicies }) }));
    // The guard sends the visitor to log in, long after a preload would have started (its modules are here).
    expect(await screen.findByRole('form', { name: 'Log in' })).toBeInTheDocument();
    expect(asked).toEqual(['Viewer']);
  });

  it("loads the answers' Markdown renderer with the route, while the session check is still pending", async () => {
    rememberSignedIn();
    const { client } = silentServer();
    renderAt('/w/acme/chat/c1', client);
    // Loaded, a thread renders its answers with it at once (no skeleton, then the whole thread again).
    await waitFor(() => expect(loadedMarkdownAnswer()).toBeDefined(), { timeout: 10_000 });
    expect(screen.getByRole('status', { name: 'Checking your session' })).toBeInTheDocument();
  });
});
