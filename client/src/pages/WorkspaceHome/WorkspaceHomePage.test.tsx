import { screen, within } from '@testing-library/react';
import { AppRoutes } from '../../AppRoutes';
import { AccessibleWorkspacesQuery } from '../../features/workspace/WorkspaceNotFoundState';
import { ada, viewerMock, workspaceCan } from '../../test/mocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { WorkspaceLayoutQuery } from '../WorkspaceLayout/WorkspaceLayout';
import { WorkspaceHomeQuery } from './WorkspaceHomePage';

const acme = {
  __typename: 'Workspace' as const,
  id: 'w1',
  name: 'Acme Support',
  slug: 'acme',
  viewerRole: 'ADMIN' as const,
  viewerCan: workspaceCan({ manageReports: true }),
};

function layoutMock() {
  return {
    request: { query: WorkspaceLayoutQuery },
    result: { data: { me: { ...ada, avatarUrl: null }, workspaces: [acme] } },
  };
}

describe('WorkspaceHomePage', () => {
  it('shows the workspace, the viewer role and the empty state inside the app shell', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/w/acme',
      mocks: [
        viewerMock(ada),
        layoutMock(),
        { request: { query: WorkspaceHomeQuery, variables: { slug: 'acme' } }, result: { data: { workspace: acme } } },
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Acme Support' })).toBeInTheDocument();
    expect(screen.getByLabelText('Your role: Admin')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask a question' })).toHaveAttribute('href', '/w/acme/chat');
    expect(screen.getByRole('link', { name: 'Open documents' })).toHaveAttribute('href', '/w/acme/documents');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: /GraphQL playground/ })).toHaveAttribute('href', '/graphql');
    expect(await screen.findByRole('button', { name: 'Account menu for Ada Lovelace' })).toBeInTheDocument();
    expect(window.localStorage.getItem('askbase.lastWorkspaceSlug')).toBe('acme');
  });

  it('shows a not-found state for a workspace the viewer cannot open, with a way to another one', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/w/nope',
      mocks: [
        viewerMock(ada),
        layoutMock(),
        { request: { query: WorkspaceHomeQuery, variables: { slug: 'nope' } }, result: { data: { workspace: null } } },
        { request: { query: AccessibleWorkspacesQuery }, result: { data: { workspaces: [acme] } } },
      ],
    });

    expect(await screen.findByText('Workspace not found')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Go to Acme Support' })).toHaveAttribute('href', '/w/acme');
  });

  it('offers to create a workspace when the lost one was the last', async () => {
    window.localStorage.setItem('askbase.lastWorkspaceSlug', 'acme');
    renderWithProviders(<AppRoutes />, {
      route: '/w/acme',
      mocks: [
        viewerMock(ada),
        // Removed from its last workspace: the server lists none any more, the last-used slug still names it. (A list
        // that still held it would answer the page from the cache: the frame's query now starts with the route.)
        { request: { query: WorkspaceLayoutQuery }, result: { data: { me: { ...ada, avatarUrl: null }, workspaces: [] } } },
        { request: { query: WorkspaceHomeQuery, variables: { slug: 'acme' } }, result: { data: { workspace: null } } },
        { request: { query: AccessibleWorkspacesQuery }, result: { data: { workspaces: [] } } },
      ],
    });

    expect(await screen.findByText('Workspace not found')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Create a workspace' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Go to/ })).not.toBeInTheDocument();
  });
});
