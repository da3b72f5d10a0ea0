import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentProvider } from '../../features/consent/ConsentProvider';
import { viewerMock } from '../../test/mocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { PrivacyPage } from './PrivacyPage';

describe('PrivacyPage', () => {
  it('lists the storage the app uses, marks what the operator must fill in, and opens the cookie settings', async () => {
    window.localStorage.setItem('askbase.cookieConsent', 'not json');
    renderWithProviders(
      <ConsentProvider>
        <PrivacyPage />
      </ConsentProvider>,
      { route: '/privacy', mocks: [viewerMock(null)] },
    );
    expect(screen.getByRole('heading', { name: 'Privacy policy' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'askbase_session' })).toBeInTheDocument();
    expect(document.querySelectorAll('[data-operator-placeholder]').length).toBeGreaterThan(3);
    expect(screen.getByRole('link', { name: 'Terms of service' })).toHaveAttribute('href', '/terms');

    // A malformed stored choice counts as none: the banner asks.
    expect(screen.getByRole('region', { name: 'Cookie consent' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Cookie settings' })[0] as HTMLElement);
    expect(await screen.findByRole('dialog', { name: 'Cookie settings' })).toBeInTheDocument();
  });
});
