import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../AppRoutes';
import { ada, viewerMock, workspaceCan } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { WorkspaceLayoutQuery } from '../WorkspaceLayout/WorkspaceLayout';
import { WorkspaceSettingsQuery } from '../WorkspaceSettings/WorkspaceSettingsLayout';
import { AuditLogQuery } from './AuditLogPage';

function event(id: string, action: string, targetLabel: string, details: Record<string, unknown>) {
  return {
    __typename: 'AuditEventEdge',
    cursor: `c-${id}`,
    node: {
      __typename: 'AuditEvent',
      id,
      action,
      actor: { __typename: 'User', id: ada.id, name: 'Ada' },
      targetType: 'membership',
      targetLabel,
      details,
      createdAt: '2026-01-15T10:00:00.000Z',
    },
  };
}

function page(after: string | null, edges: ReturnType<typeof event>[], hasNextPage: boolean): MockedResponses[number] {
  return {
    request: { query: AuditLogQuery, variables: { workspaceId: 'w1', first: 20, ...(after ? { after } : {}) } },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEventConnection',
          totalCount: 3,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
          edges,
        },
      },
    },
  };
}

function renderWith(readAuditLog: boolean, mocks: MockedResponses = []) {
  // The role is only displayed: what the page offers follows viewerCan alone.
  const viewerCan = workspaceCan({ readAuditLog });
  const acme = { __typename: 'Workspace' as const, id: 'w1', name: 'Acme Support', slug: 'acme', viewerRole: 'ADMIN' as const, viewerCan };
  renderWithProviders(<AppRoutes />, {
    route: '/w/acme/settings/audit',
    mocks: [
      viewerMock(ada),
      { request: { query: WorkspaceLayoutQuery }, result: { data: { me: { ...ada, avatarUrl: null }, workspaces: [acme] } } },
      { request: { query: WorkspaceSettingsQuery, variables: { slug: 'acme' } }, result: { data: { workspace: acme } } },
      ...mocks,
    ],
  });
}

describe('AuditLogPage', () => {
  it('lists events as sentences, newest first, and loads older ones', async () => {
    renderWith(true, [
      page(
        null,
        [
          event('e3', 'MEMBER_ROLE_CHANGED', 'bob@x.com', { before: 'MEMBER', after: 'VIEWER' }),
          event('e2', 'MEMBER_INVITED', 'bob@x.com', { role: 'MEMBER' }),
        ],
        true,
      ),
      page('c-e2', [event('e1', 'WORKSPACE_CREATED', 'Acme Support', {})], false),
    ]);

    const table = await screen.findByRole('table', { name: 'Audit log' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Ada changed bob@x.com’s role from Member to Viewer');
    expect(rows[2]).toHaveTextContent('Ada invited bob@x.com as Member');
    expect(screen.getByRole('tab', { name: 'Audit log', selected: true })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByText('Ada created the workspace “Acme Support”')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('tells a viewer without viewerCan.readAuditLog the log is for owners and admins, without asking for it', async () => {
    // No AuditLogQuery mock: asking for it would show the load-failed state instead.
    renderWith(false);
    expect(await screen.findByText('Only owners and admins see the audit log')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Audit log' })).not.toBeInTheDocument();
  });
});
