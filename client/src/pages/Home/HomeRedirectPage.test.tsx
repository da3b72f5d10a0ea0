import { screen } from '@testing-library/react';
import { AppRoutes } from '../../AppRoutes';
import { ada, viewerMock } from '../../test/mocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { HomeWorkspacesQuery } from './HomeRedirectPage';

const workspaces = [
  { __typename: 'Workspace' as const, id: 'w1', slug: 'first' },
  { __typename: 'Workspace' as const, id: 'w2', slug: 'second' },
];

function renderHome() {
  return renderWithProviders(<AppRoutes />, {
    route: '/',
    // The redirect target's own queries are not mocked: only where we land matters here.
    mocks: [viewerMock(ada), { request: { query: HomeWorkspacesQuery }, result: { data: { workspaces } } }],
  });
}

describe('HomeRedirectPage', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('opens the first workspace by default', async () => {
    renderHome();
    expect(await screen.findByText('/w/first')).toBeInTheDocument();
  });

  it('opens the last used workspace when the user still belongs to it', async () => {
    window.localStorage.setItem('askbase.lastWorkspaceSlug', 'second');
    renderHome();
    expect(await screen.findByText('/w/second')).toBeInTheDocument();
  });
});
