import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SecurityLogQuery, SecurityLogSection } from './SecurityLogSection';

const ada = { __typename: 'User' as const, id: 'u1', name: 'Ada Lovelace' };
const event = (id: string, action: string, targetLabel: string, createdAt: string, details: Record<string, unknown> = {}) => ({
  __typename: 'AuditEvent' as const,
  id,
  action,
  actor: ada,
  targetType: 'api_token',
  targetLabel,
  details,
  createdAt,
});
const page = (edges: ReturnType<typeof event>[], hasNextPage: boolean, endCursor: string | null) => ({
  data: {
    securityLog: {
      __typename: 'AuditEventConnection' as const,
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
      edges: edges.map((node) => ({ __typename: 'AuditEventEdge' as const, cursor: `c-${node.id}`, node })),
    },
  },
});

describe('SecurityLogSection', () => {
  it('lists the newest entries first as sentences, and shows older ones on demand', async () => {
    renderWithProviders(<SecurityLogSection />, {
      mocks: [
        {
          request: { query: SecurityLogQuery, variables: { first: 10 } },
          result: page(
            [
              event('e3', 'PASSWORD_CHANGED', 'ada@example.com', '2026-12-01T10:00:00Z'),
              event('e2', 'API_TOKEN_REVOKED', 'Deploy bot', '2026-12-01T09:00:00Z'),
            ],
            true,
            'c-e2',
          ),
        },
        {
          request: { query: SecurityLogQuery, variables: { first: 10, after: 'c-e2' } },
          result: page([event('e1', 'API_TOKEN_CREATED', 'Deploy bot', '2026-12-01T08:00:00Z', { readOnly: true })], false, 'c-e1'),
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Security log' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()[0]).toHaveTextContent('Changed the password; other sessions were signed out');
    expect(rows()[1]).toHaveTextContent('Revoked the API token “Deploy bot”');
    expect(rows()).toHaveLength(2);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show older' }));
    expect(await screen.findByText('Created the API token “Deploy bot” (read-only)')).toBeInTheDocument();
    expect(rows()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show older' })).not.toBeInTheDocument();
  });

  it('says so when nothing was recorded yet', async () => {
    renderWithProviders(<SecurityLogSection />, {
      mocks: [{ request: { query: SecurityLogQuery, variables: { first: 10 } }, result: page([], false, null) }],
    });
    expect(await screen.findByText(/Nothing yet/)).toBeInTheDocument();
  });
});
