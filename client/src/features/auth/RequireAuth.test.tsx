import { screen } from '@testing-library/react';
import { AppRoutes } from '../../AppRoutes';
import { graphQLErrorResult, viewerMock } from '../../test/mocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { ViewerQuery } from './viewerQuery';

describe('RequireAuth', () => {
  it('sends anonymous visitors to /login, remembering where they were going', async () => {
    renderWithProviders(<AppRoutes />, { route: '/w/acme', mocks: [viewerMock(null)] });

    expect(await screen.findByRole('heading', { name: 'Log in to Askbase' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?next=%2Fw%2Facme');
  });

  it('sends "/" to plain /login for anonymous visitors', async () => {
    renderWithProviders(<AppRoutes />, { route: '/', mocks: [viewerMock(null)] });

    expect(await screen.findByRole('heading', { name: 'Log in to Askbase' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/login$/);
  });

  it('treats an expired session (UNAUTHENTICATED) like an anonymous visit', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/w/acme',
      mocks: [{ request: { query: ViewerQuery }, result: graphQLErrorResult('Session expired', { code: 'UNAUTHENTICATED' }) }],
    });

    expect(await screen.findByRole('heading', { name: 'Log in to Askbase' })).toBeInTheDocument();
  });
});
