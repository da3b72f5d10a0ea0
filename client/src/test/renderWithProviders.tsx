import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { type InitialEntry, MemoryRouter, useLocation } from 'react-router';
import { typePolicies } from '../apollo/typePolicies';
import { theme } from '../theme';

export type MockedResponses = readonly MockLink.MockedResponse[];

interface Options {
  /** The URL the memory router starts at, or a location with state (what a `<Link state>` hands over). */
  route?: InitialEntry;
  mocks?: MockedResponses;
}

/**
 * Renders `ui` inside the app's providers: Apollo (mocked, with the app's cache policies so pagination and cache
 * edits behave as in the app), Mantine, notifications and a memory router.
 */
export function renderWithProviders(ui: ReactElement, { route = '/', mocks = [] }: Options = {}) {
  return render(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      {/* env="test": no transitions or portals, and popovers stay visible in jsdom (which measures nothing). */}
      <MantineProvider theme={theme} env="test">
        <Notifications />
        <MemoryRouter initialEntries={[route]}>
          {ui}
          <LocationProbe />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

/** Exposes the router's current URL so tests can assert redirects: `screen.getByTestId('location')`. */
function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}
