import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { DeleteWorkspaceModal } from './DeleteWorkspaceModal';
import { DeleteWorkspaceMutation } from './useDeleteWorkspace';

const workspace = { id: 'w1', name: 'Acme Support' };

function renderModal(mocks: MockedResponses = []) {
  renderWithProviders(
    <Routes>
      <Route path="/w/acme/settings" element={<DeleteWorkspaceModal workspace={workspace} opened onClose={() => {}} />} />
      <Route path="/" element={<p>Home</p>} />
    </Routes>,
    { route: '/w/acme/settings', mocks },
  );
}

const confirmField = () => screen.getByRole('textbox', { name: 'Type “Acme Support” to confirm' });
const deleteButton = () => screen.getByRole('button', { name: 'Delete workspace' });

describe('DeleteWorkspaceModal', () => {
  it('enables "Delete workspace" only once the exact name is typed', async () => {
    renderModal();
    const user = userEvent.setup();

    expect(deleteButton()).toBeDisabled();
    await user.type(confirmField(), 'acme support');
    expect(deleteButton()).toBeDisabled();
    await user.clear(confirmField());
    await user.type(confirmField(), 'Acme Support ');
    expect(deleteButton()).toBeDisabled();
    await user.type(confirmField(), '{Backspace}');
    expect(deleteButton()).toBeEnabled();
  });

  it('deletes with the typed name, then goes home', async () => {
    renderModal([
      {
        request: { query: DeleteWorkspaceMutation, variables: { id: 'w1', confirmName: 'Acme Support' } },
        result: { data: { deleteWorkspace: true } },
      },
    ]);
    const user = userEvent.setup();
    await user.type(confirmField(), 'Acme Support');
    await user.click(deleteButton());

    expect(await screen.findByText('Home')).toBeInTheDocument();
    expect(await screen.findByText('Acme Support and everything in it are gone.')).toBeInTheDocument();
  });

  it('shows the server’s confirmName error on the field', async () => {
    const message = "Type the workspace's name exactly to confirm.";
    renderModal([
      {
        request: { query: DeleteWorkspaceMutation, variables: { id: 'w1', confirmName: 'Acme Support' } },
        result: graphQLErrorResult(message, { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'confirmName', message }] }),
      },
    ]);
    const user = userEvent.setup();
    await user.type(confirmField(), 'Acme Support');
    await user.click(deleteButton());

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(confirmField()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Home')).not.toBeInTheDocument();
  });
});
