import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateApiTokenMutation } from '../../features/api-tokens/useCreateApiToken';
import { RevokeApiTokenMutation } from '../../features/api-tokens/useRevokeApiToken';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { ApiTokensSettingsPage, ApiTokensSettingsQuery } from './ApiTokensSettingsPage';

const acme = { __typename: 'Workspace' as const, id: 'w1', name: 'Acme Support' };
const existing = {
  __typename: 'ApiToken' as const,
  id: 't1',
  name: 'Nightly export',
  readOnly: true,
  createdAt: '2026-11-01T10:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null,
  workspace: acme,
};
const SECRET = `askb_${'x'.repeat(43)}`;

function renderPage(extra: MockedResponses = []) {
  renderWithProviders(<ApiTokensSettingsPage />, {
    mocks: [{ request: { query: ApiTokensSettingsQuery }, result: { data: { apiTokens: [existing], workspaces: [acme] } } }, ...extra],
  });
}

describe('ApiTokensSettingsPage', () => {
  it('lists tokens with their scope and when last used, and shows how to call the API with curl', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'API tokens' });
    expect(within(table).getByText('Nightly export')).toBeInTheDocument();
    expect(within(table).getByText('Read-only')).toBeInTheDocument();
    expect(within(table).getByText(/Only Acme Support/)).toBeInTheDocument();
    expect(within(table).getAllByText('Never')).toHaveLength(2);
    expect(screen.getByLabelText('curl example')).toHaveTextContent(
      `curl -H "Authorization: Bearer askb_…" \\ -H 'content-type: application/json' \\ -d '{"query":"{ me { email } }"}' \\ http://localhost:3000/graphql`,
    );
    expect(screen.getByText('Headers')).toBeInTheDocument();
  });

  it('creates a read-only token and shows its secret once, copyable, with a warning', async () => {
    renderPage([
      {
        request: {
          query: CreateApiTokenMutation,
          variables: { input: { name: 'CI', workspaceId: null, readOnly: true, expiresAt: null } },
        },
        result: {
          data: {
            createApiToken: {
              __typename: 'CreatedApiToken',
              secret: SECRET,
              token: { ...existing, id: 't2', name: 'CI', workspace: null },
            },
          },
        },
      },
    ]);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /name/i }), 'CI');
    await user.click(screen.getByRole('switch', { name: /read-only/i }));
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByRole('textbox', { name: 'New token secret' })).toHaveValue(SECRET);
    expect(screen.getByText(/It will not be shown again/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy the secret' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'API tokens' });
    await waitFor(() => expect(within(table).getByText('CI')).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('textbox', { name: 'New token secret' })).not.toBeInTheDocument();
  });

  it('refuses a blank name before asking the server, and shows the server’s refusal', async () => {
    renderPage([
      {
        request: {
          query: CreateApiTokenMutation,
          variables: { input: { name: 'Too many', workspaceId: null, readOnly: false, expiresAt: null } },
        },
        result: graphQLErrorResult('You have 50 API tokens: revoke one you no longer use first.', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'name', message: 'You have 50 API tokens: revoke one you no longer use first.' }],
        }),
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('Enter a name')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /name/i }), 'Too many');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('You have 50 API tokens: revoke one you no longer use first.')).toBeInTheDocument();
  });

  it('revokes a token after confirming', async () => {
    renderPage([{ request: { query: RevokeApiTokenMutation, variables: { id: 't1' } }, result: { data: { revokeApiToken: true } } }]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke the token Nightly export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke “Nightly export”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('No API tokens')).toBeInTheDocument();
  });
});
