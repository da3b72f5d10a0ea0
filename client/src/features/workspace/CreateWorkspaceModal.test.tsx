import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { CreateWorkspaceModal } from './CreateWorkspaceModal';
import { CreateWorkspaceMutation } from './useCreateWorkspace';

function renderModal(mocks: MockedResponses) {
  renderWithProviders(
    <Routes>
      <Route path="/w/acme" element={<CreateWorkspaceModal opened onClose={() => {}} />} />
      <Route path="/w/:slug" element={<p>Workspace home</p>} />
    </Routes>,
    { route: '/w/acme', mocks },
  );
}

async function create(name: string, slug: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /^name/i }), name);
  if (slug) await user.type(screen.getByRole('textbox', { name: 'Address' }), slug);
  await user.click(screen.getByRole('button', { name: 'Create workspace' }));
}

describe('CreateWorkspaceModal', () => {
  it('checks the address format before asking the server', async () => {
    renderModal([]);
    await create('Research', 'Not A Slug');
    expect(await screen.findByText(/Use 2 to 48 lower-case letters/)).toBeInTheDocument();
  });

  it('shows a taken address (CONFLICT) on the address field', async () => {
    const message = 'This address is already used by another workspace. Pick another.';
    renderModal([
      {
        request: { query: CreateWorkspaceMutation, variables: { input: { name: 'Research', slug: 'research' } } },
        result: graphQLErrorResult(message, { code: 'CONFLICT', fieldErrors: [{ field: 'slug', message }] }),
      },
    ]);
    await create('Research', 'research');

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('opens the new workspace, with the address derived by the server when left empty', async () => {
    renderModal([
      {
        request: { query: CreateWorkspaceMutation, variables: { input: { name: 'Research', slug: null } } },
        result: {
          data: { createWorkspace: { __typename: 'Workspace', id: 'w2', name: 'Research', slug: 'research', viewerRole: 'OWNER' } },
        },
      },
    ]);
    await create('Research', '');

    expect(await screen.findByText('Workspace home')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/w/research');
  });
});
