import { screen } from '@testing-library/react';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { ChatConversationQuery, ConversationThread } from './ConversationThread';

const message = (id: string, role: 'USER' | 'ASSISTANT', content: string) => ({
  __typename: 'Message' as const,
  id,
  role,
  status: 'DONE' as const,
  content,
  saved: false,
  createdAt: '2026-11-30T10:00:00.000Z',
  error: null,
  viewerRating: null,
  viewerRatingComment: null,
  citations: [],
  viewerReport: null,
});

const conversationMock: MockedResponses = [
  {
    request: { query: ChatConversationQuery, variables: { id: 'c1' } },
    result: {
      data: {
        conversation: {
          __typename: 'Conversation',
          id: 'c1',
          title: 'Refund policy',
          favorite: false,
          messages: {
            __typename: 'MessageConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'm2' },
            edges: [
              { __typename: 'MessageEdge', cursor: 'm1', node: message('m1', 'USER', 'How long do refunds take?') },
              { __typename: 'MessageEdge', cursor: 'm2', node: message('m2', 'ASSISTANT', '**Refunds** take five working days.') },
            ],
          },
        },
      },
    },
  },
];

describe('ConversationThread', () => {
  it('shows the answers only once the Markdown renderer is there, never as raw Markdown first (no re-layout)', async () => {
    renderWithProviders(
      <ConversationThread
        conversationId="c1"
        workspaceSlug="acme"
        pendingQuestion={null}
        onStop={() => undefined}
        onRegenerate={() => undefined}
        onOpenHistory={() => undefined}
        composer={() => null}
      />,
      { route: '/w/acme/chat/c1', mocks: conversationMock },
    );

    // The conversation's data is there (its title shows) before the renderer's chunk has been imported.
    expect(await screen.findByRole('heading', { name: 'Refund policy' })).toBeInTheDocument();
    expect(screen.queryByText(/\*\*Refunds\*\*/)).not.toBeInTheDocument();

    expect(await screen.findByText('Refunds', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('How long do refunds take?')).toBeInTheDocument();
  });
});
