import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { theme } from '../theme';

export type MockedResponses = readonly MockLink.MockedResponse[];

interface Options {
  /** The URL the memory router starts at. */
  route?: string;
  mocks?: MockedResponses;
}

/** Renders `ui` inside the app's providers: Apollo (mocked), Mantine, notifications and a memory router. */
export function renderWithProviders(ui: ReactElement, { route = '/', mocks = [] }: Options = {}) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider theme={theme}>
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
