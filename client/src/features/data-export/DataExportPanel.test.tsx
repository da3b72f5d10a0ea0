import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLErrorResult } from '../../test/mocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DataExportPanel } from './DataExportPanel';
import { DataExportQuery } from './dataExportFragment';
import { RequestDataExportMutation } from './useRequestDataExport';

const base = {
  __typename: 'DataExport' as const,
  id: 'e1',
  sizeBytes: null,
  downloadUrl: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: null,
};
const running = { ...base, status: 'RUNNING' as const, progress: 0.4 };
const ready = {
  ...base,
  status: 'READY' as const,
  progress: 1,
  sizeBytes: 20_480,
  downloadUrl: '/data-exports/e1/download',
  expiresAt: '2026-12-08T10:00:00.000Z',
};

describe('DataExportPanel', () => {
  it('offers to prepare an export when there is none, and shows its progress once started', async () => {
    renderWithProviders(<DataExportPanel />, {
      mocks: [
        { request: { query: DataExportQuery }, result: { data: { dataExport: null } } },
        { request: { query: RequestDataExportMutation }, result: { data: { requestDataExport: running } } },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Prepare my data export' }));
    expect(await screen.findByText('Preparing your archive… 40%')).toBeInTheDocument();
  });

  it('links to the archive once it is ready', async () => {
    renderWithProviders(<DataExportPanel />, { mocks: [{ request: { query: DataExportQuery }, result: { data: { dataExport: ready } } }] });
    expect(await screen.findByRole('link', { name: 'Download archive' })).toHaveAttribute('href', '/data-exports/e1/download');
    expect(screen.getByText(/Your archive is ready \(20 KB\)/)).toBeInTheDocument();
  });

  it('explains in place when an export was asked for less than a minute ago', async () => {
    renderWithProviders(<DataExportPanel />, {
      mocks: [
        { request: { query: DataExportQuery }, result: { data: { dataExport: ready } } },
        {
          request: { query: RequestDataExportMutation },
          result: graphQLErrorResult('Too soon.', { code: 'RATE_LIMITED', retryAfterSeconds: 42 }),
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Prepare a new export' }));
    expect(await screen.findByText('You asked for an export less than a minute ago. Try again in 42 seconds.')).toBeInTheDocument();
  });
});
