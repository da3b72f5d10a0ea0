import { screen, within } from '@testing-library/react';
import { AppRoutes } from '../../AppRoutes';
import { ada, viewerMock } from '../../test/mocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { WorkspaceLayoutQuery } from '../WorkspaceLayout/WorkspaceLayout';
import { WorkspaceHomeQuery } from './WorkspaceHomePage';

const acme = { __typename: 'Workspace' as const, id: 'w1', name: 'Acme Support', slug: 'acme', viewerRole: 'ADMIN' as const };

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
    expect(screen.getByText(/Documents and the copilot arrive here/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: /GraphQL playground/ })).toHaveAttribute('href', '/graphql');
    expect(await screen.findByRole('button', { name: 'Account menu for Ada Lovelace' })).toBeInTheDocument();
    expect(window.localStorage.getItem('askbase.lastWorkspaceSlug')).toBe('acme');
  });

  it('shows a not-found state for a workspace the viewer cannot open', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/w/nope',
      mocks: [
        viewerMock(ada),
        layoutMock(),
        { request: { query: WorkspaceHomeQuery, variables: { slug: 'nope' } }, result: { data: { workspace: null } } },
      ],
    });

    expect(await screen.findByText('Workspace not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to my workspace' })).toHaveAttribute('href', '/');
  });
});
