import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../AppRoutes';
import { viewerMock } from '../../test/mocks';
import { renderWithProviders } from '../../test/renderWithProviders';

describe('NotFoundPage', () => {
  it('is shown for unknown URLs, with a link home', async () => {
    renderWithProviders(<AppRoutes />, { route: '/no/such/page', mocks: [viewerMock(null)] });

    // A page is a chunk of its own, loaded on first render.
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    const home = screen.getByRole('link', { name: 'Go home' });
    expect(home).toHaveAttribute('href', '/');

    await userEvent.setup().click(home);
    // Home for an anonymous visitor is the log-in page.
    expect(await screen.findByRole('heading', { name: 'Log in to Askbase' })).toBeInTheDocument();
  });
});
