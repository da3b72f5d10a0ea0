import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../test/renderWithProviders';
import { AppErrorBoundary } from './AppErrorBoundary';

// A component that crashes while `crash.now` is true, like a page hitting a bug.
const crash = { now: true };
function Unstable() {
  if (crash.now) throw new Error('Kaboom');
  return <p>Recovered</p>;
}

function renderCrashingApp() {
  return renderWithProviders(
    <AppErrorBoundary>
      <Routes>
        <Route path="/" element={<p>Home page</p>} />
        <Route path="/broken" element={<Unstable />} />
      </Routes>
    </AppErrorBoundary>,
    { route: '/broken' },
  );
}

describe('AppErrorBoundary', () => {
  beforeEach(() => {
    crash.now = true;
    // React and the boundary log the caught error; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the "Something went wrong" page instead of a blank screen', () => {
    renderCrashingApp();
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go home' })).toBeInTheDocument();
  });

  it('renders the page again on "Try again"', async () => {
    renderCrashingApp();
    crash.now = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Recovered')).toBeInTheDocument();
  });

  it('goes to the home page on "Go home"', async () => {
    renderCrashingApp();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Go home' }));
    expect(await screen.findByText('Home page')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
  });
});
