import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../AppRoutes';
import { AskCopilotMutation } from '../../features/copilot/useAskCopilot';
import { LiveUsageSubscription } from '../../features/usage/useLiveUsage';
import { ada, graphQLErrorResult, viewerMock, workspaceCan } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { WorkspaceLayoutQuery } from '../WorkspaceLayout/WorkspaceLayout';
import { ChatWorkspaceQuery } from './ChatPage';
import { ChatConversationsQuery } from './ConversationsPanel';
import { ChatSuggestionsQuery } from './NewChatIntro';

const meter = (used: number, limit: number) => ({ __typename: 'UsageMeter', used, limit });
const usage = (documents: number) => ({
  __typename: 'Usage',
  members: meter(1, 3),
  documents: meter(documents, 20),
  questionsThisPeriod: meter(100, 100),
});
const workspace = (addDocuments: boolean) => ({
  __typename: 'Workspace' as const,
  id: 'w1',
  name: 'Acme Support',
  slug: 'acme',
  viewerRole: 'MEMBER' as const,
  viewerCan: workspaceCan({ addDocuments }),
});

function renderChat(documents: number, mocks: MockedResponses = [], { addDocuments = true } = {}) {
  const acme = workspace(addDocuments);
  renderWithProviders(<AppRoutes />, {
    route: '/w/acme/chat',
    mocks: [
      viewerMock(ada),
      { request: { query: WorkspaceLayoutQuery }, result: { data: { me: { ...ada, avatarUrl: null }, workspaces: [acme] } } },
      {
        request: { query: ChatWorkspaceQuery, variables: { slug: 'acme' } },
        result: { data: { workspace: { ...acme, usage: usage(documents) } } },
      },
      {
        request: { query: LiveUsageSubscription, variables: { workspaceId: 'w1' } },
        result: { data: { workspaceUsage: usage(documents) } },
      },
      {
        request: { query: ChatConversationsQuery, variables: { workspaceId: 'w1', first: 20, search: null, favoritesOnly: false } },
        result: {
          data: {
            conversations: {
              __typename: 'ConversationConnection',
              totalCount: 0,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [],
            },
          },
        },
      },
      ...mocks,
    ],
  });
  return userEvent.setup();
}

describe('ChatPage', () => {
  it('leads a workspace without documents to the documents page', async () => {
    renderChat(0);
    expect(await screen.findByText('Add documents to get started')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a document' })).toHaveAttribute('href', '/w/acme/documents');
    expect(await screen.findByText('Your conversations will appear here.')).toBeInTheDocument();
  });

  it('asks someone without viewerCan.addDocuments to find a member, with no link to add one', async () => {
    renderChat(0, [], { addDocuments: false });
    expect(await screen.findByText(/Ask a member of the workspace to add some/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a document' })).not.toBeInTheDocument();
  });

  it('asks a suggested question: shows it at once with the copilot thinking, then explains the question limit', async () => {
    const question = 'How do refunds work?';
    const user = renderChat(3, [
      { request: { query: ChatSuggestionsQuery, variables: { workspaceId: 'w1' } }, result: { data: { suggestedQuestions: [question] } } },
      {
        request: { query: AskCopilotMutation, variables: { input: { workspaceId: 'w1', question } } },
        result: graphQLErrorResult('The Free plan allows 100 questions per period.', {
          code: 'PLAN_LIMIT_REACHED',
          limit: 'questionsThisPeriod',
          plan: 'FREE',
          max: 100,
        }),
        // Long enough to see the pending state before the server answers.
        delay: 300,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: question }));
    expect(screen.getByLabelText('Your question')).toHaveTextContent(question);
    expect(screen.getByText('Thinking…')).toBeInTheDocument();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Question limit reached');
    expect(alert).toHaveTextContent('Your Free plan allows 100 questions per billing period');
    expect(screen.queryByLabelText('Your question')).not.toBeInTheDocument();
  });
});
