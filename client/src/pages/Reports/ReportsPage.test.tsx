import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../AppRoutes';
import { ResolveReportMutation } from '../../features/reports/useResolveReport';
import { ada, viewerMock, workspaceCan } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { WorkspaceLayoutQuery } from '../WorkspaceLayout/WorkspaceLayout';
import { ReportsInboxQuery } from './ReportsInbox';
import { ReportsWorkspaceQuery } from './ReportsPage';

const QUESTION = 'How long do refunds take?';

function report(status: 'OPEN' | 'RESOLVED', resolutionNote: string | null = null) {
  return {
    __typename: 'Report' as const,
    id: 'r1',
    category: 'OUTDATED_SOURCE',
    comment: 'The policy changed.',
    status,
    resolutionNote,
    resolvedAt: status === 'OPEN' ? null : '2030-01-02T10:00:00.000Z',
    createdAt: '2030-01-01T10:00:00.000Z',
    reporter: { __typename: 'User', id: 'u2', name: 'Bob Marley' },
    snapshot: {
      __typename: 'ReportSnapshot',
      question: QUESTION,
      answer: 'Refunds take 5 business days [1].',
      citations: [
        {
          __typename: 'Citation',
          index: 1,
          passage: 'Refunds are paid back within 5 business days.',
          quotes: ['Refunds are paid back within 5 business days.'],
          page: null,
          passagePosition: 0,
          documentTitle: 'Customer policies',
          heading: 'Customer policies > Refunds',
          document: { __typename: 'Document', id: 'd1', title: 'Customer policies' },
        },
      ],
    },
  };
}

function inbox(reports: ReturnType<typeof report>[]): MockedResponses[number] {
  return {
    request: { query: ReportsInboxQuery, variables: { workspaceId: 'w1', status: 'OPEN', first: 20 } },
    result: {
      data: {
        reports: {
          __typename: 'ReportConnection',
          totalCount: reports.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: reports.length ? 'c1' : null },
          edges: reports.map((node) => ({ __typename: 'ReportEdge', cursor: 'c1', node })),
        },
      },
    },
  };
}

function renderWith(manageReports: boolean, mocks: MockedResponses = []) {
  // The role is only displayed: what the page offers follows viewerCan alone.
  const viewerCan = workspaceCan({ manageReports });
  const acme = { __typename: 'Workspace' as const, id: 'w1', name: 'Acme Support', slug: 'acme', viewerRole: 'ADMIN' as const, viewerCan };
  renderWithProviders(<AppRoutes />, {
    route: '/w/acme/reports',
    mocks: [
      viewerMock(ada),
      { request: { query: WorkspaceLayoutQuery }, result: { data: { me: { ...ada, avatarUrl: null }, workspaces: [acme] } } },
      { request: { query: ReportsWorkspaceQuery, variables: { slug: 'acme' } }, result: { data: { workspace: acme } } },
      ...mocks,
    ],
  });
}

describe('ReportsPage', () => {
  it('opens a report with its snapshot and resolves it with a note', async () => {
    const note = 'Updated the refund policy document.';
    renderWith(true, [
      inbox([report('OPEN')]),
      {
        request: { query: ResolveReportMutation, variables: { id: 'r1', status: 'RESOLVED', note } },
        result: { data: { resolveReport: report('RESOLVED', note) } },
      },
      // Refetched after resolving: the report has left the "Open" filter.
      inbox([]),
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: `Open report: ${QUESTION}` }));
    expect(await screen.findByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/w/acme/reports');
    const drawer = await screen.findByRole('dialog', { name: 'Report' });
    expect(within(drawer).getByText('The policy changed.')).toBeInTheDocument();
    const passages = within(drawer).getByRole('region', { name: 'Cited passages' });
    // The sentence the answer used is marked, and the link opens the document at the passage.
    expect(within(passages).getByText('Refunds are paid back within 5 business days.').tagName).toBe('MARK');
    expect(within(passages).getByRole('link', { name: 'Customer policies' })).toHaveAttribute('href', '/w/acme/documents/d1?passage=0');
    // The answer's own [1] opens the same passage.
    expect(await within(drawer).findByRole('button', { name: 'Source 1: Customer policies' })).toBeInTheDocument();

    await user.type(within(drawer).getByRole('textbox', { name: /Note to the reporter/ }), note);
    await user.click(within(drawer).getByRole('button', { name: 'Resolve' }));

    expect(await screen.findByText('The reporter sees the outcome and your note beside the answer.')).toBeInTheDocument();
    expect(await within(drawer).findByText(note)).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();
    expect(await screen.findByText('No open reports: nothing waits for you.')).toBeInTheDocument();
  });

  it('tells a viewer without viewerCan.manageReports the inbox is for owners and admins, without asking for it', async () => {
    // No ReportsInbox mock: asking for it would show the load-failed state instead, and no link in the navigation.
    renderWith(false);
    expect(await screen.findByText('Only owners and admins see reports')).toBeInTheDocument();
    // Once the layout has its workspaces (the switcher names the current one), the navigation has no Reports link.
    expect(await screen.findByRole('button', { name: 'Switch workspace' })).toHaveTextContent('Acme Support');
    expect(screen.queryByRole('link', { name: 'Reports' })).not.toBeInTheDocument();
  });
});
