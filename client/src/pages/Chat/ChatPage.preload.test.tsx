import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Observable } from 'rxjs';
import { AppRoutes } from '../../AppRoutes';
import { typePolicies } from '../../apollo/typePolicies';
import { loadedMarkdownAnswer } from '../../features/copilot/useMarkdownAnswer';
import { theme } from '../../theme';

/** A server that takes every request and never answers: what was asked is all there is to see. */
function silentServer() {
  const asked: string[] = [];
  const link = new ApolloLink((operation) => {
    asked.push(operation.operationName ?? '');
    return new Observable(() => undefined);
  });
  return { asked, client: new ApolloClient({ link, cache: new InMemoryCache({ typePolicies }) }) };
}

function renderAt(route: string, client: ApolloClient) {
  render(
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} env="test">
        <MemoryRouter initialEntries={[route]}>
          <AppRoutes />
        </MemoryRouter>
      </MantineProvider>
    </ApolloProvider>,
  );
}

describe('the chat route starts its queries with the route', () => {
  it('asks for the frame, the workspace and the open conversation while the session check is still pending', async () => {
    const { asked, client } = silentServer();
    renderAt('/w/acme/chat/c1', client);
    await waitFor(() => expect([...asked].sort()).toEqual(['ChatConversation', 'ChatWorkspace', 'Viewer', 'WorkspaceLayout']));
    // The guard still waits for the session: the page itself has not rendered.
    expect(screen.getByRole('status', { name: 'Checking your session' })).toBeInTheDocument();
  });

  it('asks for no conversation on a new chat', async () => {
    const { asked, client } = silentServer();
    renderAt('/w/acme/chat', client);
    await waitFor(() => expect([...asked].sort()).toEqual(['ChatWorkspace', 'Viewer', 'WorkspaceLayout']));
  });

  it("loads the answers' Markdown renderer with the route, while the session check is still pending", async () => {
    const { client } = silentServer();
    renderAt('/w/acme/chat/c1', client);
    // Loaded, a thread renders its answers with it at once (no skeleton, then the whole thread again).
    await waitFor(() => expect(loadedMarkdownAnswer()).toBeDefined(), { timeout: 10_000 });
    expect(screen.getByRole('status', { name: 'Checking your session' })).toBeInTheDocument();
  });
});
