import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/renderWithProviders';
import { NavItem } from './NavItem';

describe('NavItem', () => {
  it('marks the current page for assistive technology and leaves the others unmarked', () => {
    renderWithProviders(
      <nav>
        <NavItem to="/w/acme/chat" label="Ask the copilot" active />
        <NavItem to="/w/acme/documents" label="Documents" />
      </nav>,
    );

    expect(screen.getByRole('link', { name: 'Ask the copilot' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Documents' })).not.toHaveAttribute('aria-current');
  });

  it('follows an app route in the router, and an address outside it as a plain link', async () => {
    renderWithProviders(
      <nav>
        <NavItem to="/w/acme/documents" label="Documents" />
        <NavItem href="/graphql" target="_blank" rel="noopener" label="GraphQL playground" description="Opens in a new tab" />
      </nav>,
      { route: '/w/acme' },
    );

    await userEvent.click(screen.getByRole('link', { name: 'Documents' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/w/acme/documents');
    const playground = screen.getByRole('link', { name: /GraphQL playground/ });
    expect(playground).toHaveAttribute('href', '/graphql');
    expect(playground).toHaveAttribute('target', '_blank');
    expect(playground).toHaveTextContent('Opens in a new tab');
  });
});
