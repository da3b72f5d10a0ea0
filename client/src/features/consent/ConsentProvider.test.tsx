import { useQuery } from '@apollo/client/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SiteFooter } from '../../components/SiteFooter';
import { ada, viewerMock } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { ViewerQuery } from '../auth/viewerQuery';
import { ConsentProvider } from './ConsentProvider';
import { CONSENT_STORAGE_KEY, hasConsent, readConsent, whenConsented } from './consent';
import { COOKIE_POLICY_VERSION } from './consentPolicy';
import { RecordCookieConsentMutation } from './useRecordCookieConsent';

function ViewerProbe() {
  const { data } = useQuery(ViewerQuery);
  return data?.me ? <p>Signed in as {data.me.name}</p> : null;
}

function renderApp(mocks: MockedResponses = []) {
  return renderWithProviders(
    <ConsentProvider>
      <ViewerProbe />
      <SiteFooter />
    </ConsentProvider>,
    { mocks },
  );
}

const banner = () => screen.queryByRole('region', { name: 'Cookie consent' });

describe('cookie consent', () => {
  it('asks on the first visit, and not again once the user chose', async () => {
    const first = renderApp([viewerMock(null)]);
    expect(banner()).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Accept all' }));
    expect(banner()).not.toBeInTheDocument();
    expect(hasConsent('errorReporting')).toBe(true);
    expect(hasConsent('productAnalytics')).toBe(true);
    first.unmount();

    renderApp([viewerMock(null)]);
    expect(banner()).not.toBeInTheDocument();
  });

  it('"Reject all" keeps every optional category off, and optional code never loads', async () => {
    const load = vi.fn();
    const stop = whenConsented('errorReporting', load);
    renderApp([viewerMock(null)]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reject all' }));
    expect(banner()).not.toBeInTheDocument();
    expect(readConsent()).toMatchObject({ version: COOKIE_POLICY_VERSION, granted: [] });
    expect(hasConsent('errorReporting')).toBe(false);
    expect(hasConsent('productAnalytics')).toBe(false);
    expect(load).not.toHaveBeenCalled();
    stop();
  });

  it('"Customise" saves the switches as set, everything off to begin with', async () => {
    const load = vi.fn();
    const stop = whenConsented('errorReporting', load);
    const user = userEvent.setup();
    renderApp([viewerMock(null)]);
    await user.click(screen.getByRole('button', { name: 'Customise' }));
    const errorReporting = await screen.findByRole('switch', { name: /Error reporting/ });
    const analytics = screen.getByRole('switch', { name: /Product analytics/ });
    expect(errorReporting).not.toBeChecked();
    expect(analytics).not.toBeChecked();
    expect(screen.getByRole('switch', { name: /Strictly necessary/ })).toBeDisabled();
    await user.click(errorReporting);
    expect(load).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save choices' }));

    expect(hasConsent('errorReporting')).toBe(true);
    expect(hasConsent('productAnalytics')).toBe(false);
    // Loaded the moment it was allowed, once.
    expect(load).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(banner()).not.toBeInTheDocument();
    stop();
  });

  it('asks again when the policy version changes, and the old choice no longer counts', () => {
    window.localStorage.setItem(
      CONSENT_STORAGE_KEY,
      JSON.stringify({ version: '2020-01-01', granted: ['errorReporting', 'productAnalytics'], decidedAt: '2020-01-01T00:00:00Z' }),
    );
    expect(hasConsent('errorReporting')).toBe(false);
    renderApp([viewerMock(null)]);
    expect(banner()).toBeInTheDocument();
  });

  it('"Cookie settings" in the footer reopens the choice with the stored answers', async () => {
    const user = userEvent.setup();
    renderApp([viewerMock(null)]);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    const analytics = await screen.findByRole('switch', { name: /Product analytics/ });
    expect(analytics).toBeChecked();
    await user.click(analytics);
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(hasConsent('productAnalytics')).toBe(false);
    expect(hasConsent('errorReporting')).toBe(true);
  });

  it('records the choice on the server for a signed-in user, and not for a visitor', async () => {
    const recorded = vi.fn(() => ({ data: { recordCookieConsent: true } }));
    const user = userEvent.setup();
    const signedIn = renderApp([
      viewerMock(ada),
      {
        request: { query: RecordCookieConsentMutation, variables: { input: { policyVersion: COOKIE_POLICY_VERSION, granted: [] } } },
        result: recorded,
      },
    ]);
    await screen.findByText('Signed in as Ada Lovelace');
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await waitFor(() => expect(recorded).toHaveBeenCalledTimes(1));
    signedIn.unmount();
    window.localStorage.clear();

    const visitorRecorded = vi.fn(() => ({ data: { recordCookieConsent: true } }));
    renderApp([
      viewerMock(null),
      {
        request: { query: RecordCookieConsentMutation, variables: { input: { policyVersion: COOKIE_POLICY_VERSION, granted: [] } } },
        result: visitorRecorded,
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(readConsent()?.granted).toEqual([]);
    // Give a stray request time to arrive before saying none did.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(visitorRecorded).not.toHaveBeenCalled();
  });
});
