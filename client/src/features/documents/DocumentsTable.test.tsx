import { screen, within } from '@testing-library/react';
import type { DocumentsTable_DocumentFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DocumentsTable } from './DocumentsTable';

// Props only, never read from the cache: no __typename needed. Who added a document decides nothing here: the
// Delete action follows the document's viewerCan, as the server computed it.
function document(id: string, title: string, canDelete: boolean): DocumentsTable_DocumentFragment {
  return {
    id,
    title,
    mimeType: 'text/markdown',
    sizeBytes: 2048,
    chunkCount: 3,
    status: 'READY',
    progress: 100,
    error: null,
    createdAt: '2026-01-15T10:00:00.000Z',
    addedBy: { id: 'u1', name: 'Ada Lovelace' },
    viewerCan: { delete: canDelete },
  };
}

const rowOf = (title: string) => {
  const row = screen.getByRole('link', { name: title }).closest('tr');
  if (!row) throw new Error(`No row for ${title}`);
  return within(row);
};

describe('DocumentsTable', () => {
  it('offers Delete on the documents whose viewerCan.delete is true, and on no other', () => {
    renderWithProviders(
      <DocumentsTable
        documents={[document('d1', 'Refund policy', true), document('d2', 'Onboarding guide', false)]}
        workspaceSlug="acme"
      />,
    );

    expect(rowOf('Refund policy').getByRole('button', { name: 'Delete Refund policy' })).toBeInTheDocument();
    expect(rowOf('Onboarding guide').queryByRole('button')).not.toBeInTheDocument();
    expect(rowOf('Onboarding guide').getByText('Ada Lovelace')).toBeInTheDocument();
  });
});
