import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { SignUpMutation } from '../../features/auth/useSignUp';
import { SessionWorkspacesQuery } from '../../features/auth/useStartSession';
import { AcceptInvitationMutation } from '../../features/invitation/useAcceptInvitation';
import type { InvitationStatus } from '../../gql/graphql';
import { ada, graphQLErrorResult, viewerMock } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { InvitationPage, InvitationPageQuery } from './InvitationPage';

const token = 'tok_0123456789abcdefghij';
const bob = { __typename: 'User' as const, id: 'u2', name: 'Bob Smith', email: 'bob@example.com', emailVerified: true };

function preview(overrides: { status?: InvitationStatus; accountExists?: boolean } = {}) {
  const status = overrides.status ?? 'PENDING';
  return {
    __typename: 'InvitationPreview',
    workspaceName: 'Acme Support',
    inviterName: 'Ada Lovelace',
    email: 'bob@example.com',
    role: 'MEMBER',
    status,
    expired: status === 'EXPIRED',
    expiresAt: '2030-01-08T12:00:00.000Z',
    accountExists: overrides.accountExists ?? false,
  };
}

function pageMock(me: typeof bob | typeof ada | null, invitation: ReturnType<typeof preview> | null): MockedResponses[number] {
  return { request: { query: InvitationPageQuery, variables: { token } }, result: { data: { me, invitation } } };
}

function workspacesMock(slugs: string[]): MockedResponses[number] {
  const workspaces = slugs.map((slug) => ({ __typename: 'Workspace', id: `w-${slug}`, slug }));
  return { request: { query: SessionWorkspacesQuery }, result: { data: { workspaces } } };
}

function renderInvitation(mocks: MockedResponses) {
  renderWithProviders(
    <Routes>
      <Route path="/invite/:token" element={<InvitationPage />} />
      <Route path="/w/:slug" element={<p>Workspace home</p>} />
      <Route path="/login" element={<p>Log-in page</p>} />
    </Routes>,
    { route: `/invite/${token}`, mocks },
  );
}

describe('InvitationPage', () => {
  it('says so when the link matches no invitation', async () => {
    renderInvitation([pageMock(null, null)]);
    expect(await screen.findByRole('heading', { name: 'This invitation link is not valid' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Askbase' })).toHaveAttribute('href', '/');
  });

  it.each([
    ['EXPIRED', 'This invitation has expired'],
    ['ACCEPTED', 'This invitation has already been used'],
    ['REVOKED', 'This invitation was withdrawn'],
  ] as const)('explains a %s invitation and who to ask for a new one', async (status, heading) => {
    renderInvitation([pageMock(null, preview({ status }))]);
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getByText('Ask Ada Lovelace for a new invitation to Acme Support.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /accept|create account/i })).not.toBeInTheDocument();
  });

  it('lets a newcomer sign up with the invited address and lands in the workspace', async () => {
    renderInvitation([
      pageMock(null, preview()),
      {
        request: {
          query: SignUpMutation,
          variables: {
            input: { name: 'Bob Smith', password: 'correct horse', rememberMe: false, email: 'bob@example.com', invitationToken: token },
          },
        },
        result: { data: { signUp: { __typename: 'User', id: 'u2', name: 'Bob Smith' } } },
      },
      viewerMock(bob),
      workspacesMock(['acme']),
    ]);
    expect(await screen.findByRole('heading', { name: 'Join Acme Support' })).toBeInTheDocument();
    expect(screen.getByText(/invited/)).toHaveTextContent('Ada Lovelace invited bob@example.com to join as member.');
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveValue('bob@example.com');
    expect(email).toHaveAttribute('readonly');

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^name/i }), 'Bob Smith');
    await user.type(screen.getByLabelText(/^password/i), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));

    expect(await screen.findByText('Workspace home')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/w/acme');
  });

  it('shows why sign-up failed when the invitation ran out meanwhile', async () => {
    renderInvitation([
      pageMock(null, preview()),
      {
        request: {
          query: SignUpMutation,
          variables: {
            input: { name: 'Bob Smith', password: 'correct horse', rememberMe: false, email: 'bob@example.com', invitationToken: token },
          },
        },
        result: graphQLErrorResult('This invitation has expired. Ask for a new one.', { code: 'BAD_USER_INPUT', reason: 'expired' }),
      },
    ]);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /^name/i }), 'Bob Smith');
    await user.type(screen.getByLabelText(/^password/i), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has expired. Ask for a new one.');
  });

  it('offers a log-in that comes back here when the address already has an account', async () => {
    renderInvitation([pageMock(null, preview({ accountExists: true }))]);
    const logIn = await screen.findByRole('link', { name: 'Log in to accept' });
    expect(logIn).toHaveAttribute('href', `/login?next=${encodeURIComponent(`/invite/${token}`)}`);
    expect(screen.queryByRole('form', { name: 'Sign up to join' })).not.toBeInTheDocument();
  });

  it('lets the invited, signed-in user accept and opens the joined workspace', async () => {
    renderInvitation([
      pageMock(bob, preview({ accountExists: true })),
      workspacesMock(['bobs-workspace']),
      {
        request: { query: AcceptInvitationMutation, variables: { token } },
        result: { data: { acceptInvitation: { __typename: 'Membership', id: 'm2', role: 'MEMBER' } } },
      },
      workspacesMock(['acme', 'bobs-workspace']),
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Accept and join' }));

    expect(await screen.findByText('Workspace home')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/w/acme');
  });

  it('explains a mismatched account and offers to log out instead of accepting', async () => {
    renderInvitation([pageMock(ada, preview({ accountExists: true }))]);
    expect(await screen.findByText('This invitation is for another address')).toBeInTheDocument();
    expect(screen.getByText(/You are signed in as/)).toHaveTextContent('You are signed in as ada@example.com');
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept and join' })).not.toBeInTheDocument();
  });
});
