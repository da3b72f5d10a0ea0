import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { InviteMemberForm } from './InviteMemberForm';
import { InviteMemberMutation } from './useInviteMember';

const variables = { workspaceId: 'w1', email: 'bob@example.com', role: 'MEMBER' };

function renderForm(mocks: MockedResponses) {
  renderWithProviders(<InviteMemberForm workspaceId="w1" />, { mocks });
}

async function invite(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /^email/i }), email);
  await user.click(screen.getByRole('button', { name: 'Send invitation' }));
}

function inviteFails(extensions: Record<string, unknown>, message: string) {
  return { request: { query: InviteMemberMutation, variables }, result: graphQLErrorResult(message, extensions) };
}

describe('InviteMemberForm', () => {
  it('checks the address before asking the server', async () => {
    renderForm([]);
    await invite('not-an-email');
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
  });

  it('shows BAD_USER_INPUT field errors from the server on their field', async () => {
    renderForm([
      inviteFails(
        { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email', message: 'This domain does not accept mail.' }] },
        'This domain does not accept mail.',
      ),
    ]);
    await invite(variables.email);

    expect(await screen.findByText('This domain does not accept mail.')).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: /^email/i });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a CONFLICT about the address (already invited) on the email field', async () => {
    const message = 'This address already has a pending invitation. Resend it instead.';
    renderForm([inviteFails({ code: 'CONFLICT', fieldErrors: [{ field: 'email', message }] }, message)]);
    await invite(variables.email);

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^email/i })).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains EMAIL_NOT_VERIFIED: verify the address first', async () => {
    const message = 'Verify your email address to invite members: follow the link we sent you, or send a new one.';
    renderForm([inviteFails({ code: 'EMAIL_NOT_VERIFIED' }, message)]);
    await invite(variables.email);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Verify your email address first');
    expect(alert).toHaveTextContent(message);
  });

  it('explains PLAN_LIMIT_REACHED with the plan and its limit', async () => {
    renderForm([
      inviteFails(
        { code: 'PLAN_LIMIT_REACHED', limit: 'members', plan: 'FREE', max: 3 },
        'The Free plan allows 3 members. Upgrade to add more.',
      ),
    ]);
    await invite(variables.email);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Member limit reached');
    expect(alert).toHaveTextContent('Your Free plan allows 3 members, pending invitations included.');
    // Not a field problem: the address itself was fine.
    expect(screen.getByRole('textbox', { name: /^email/i })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the invitation with the chosen role and empties the address', async () => {
    renderForm([
      {
        request: { query: InviteMemberMutation, variables: { ...variables, role: 'VIEWER' } },
        result: {
          data: {
            inviteMember: {
              __typename: 'Invitation',
              id: 'i1',
              email: 'bob@example.com',
              role: 'VIEWER',
              expiresAt: '2030-01-08T00:00:00.000Z',
              createdAt: '2030-01-01T00:00:00.000Z',
              invitedBy: { __typename: 'User', id: 'u1', name: 'Ada Lovelace' },
            },
          },
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Viewer' }));
    await invite(variables.email);

    expect(await screen.findByText('We emailed an invitation to bob@example.com.')).toBeInTheDocument();
    // The form empties once the mutation's promise resolves, a tick after the hook shows its message.
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^email/i })).toHaveValue(''));
  });
});
