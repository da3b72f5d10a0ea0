import { screen, within } from '@testing-library/react';
import { type InitialEntry, Route, Routes } from 'react-router';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { DocumentPage, DocumentPageQuery } from './DocumentPage';

const TEXT = [
  '# Refund policy',
  '',
  'Customers can ask for a refund within 30 days.',
  '',
  '\f',
  '',
  'Refunds are paid back',
  'within 5 business days. Cash is not refunded.',
  '',
  '# Shipping',
  '',
  'Orders ship from Lyon.',
].join('\n');

const PASSAGE = {
  __typename: 'DocumentPassage' as const,
  position: 1,
  heading: 'Refund policy',
  page: 2,
  content: 'Refunds are paid back within 5 business days. Cash is not refunded.',
};

function documentMock(position: number | null, passage: typeof PASSAGE | null = PASSAGE): MockedResponses[number] {
  return {
    request: { query: DocumentPageQuery, variables: { id: 'd1', position: position ?? 0, withPassage: position !== null } },
    result: {
      data: {
        document: {
          __typename: 'Document',
          id: 'd1',
          title: 'Customer policies',
          mimeType: 'application/pdf',
          sizeBytes: 2048,
          chunkCount: 3,
          status: 'READY',
          createdAt: '2030-01-01T10:00:00.000Z',
          addedBy: { __typename: 'User', id: 'u1', name: 'Ada Lovelace' },
          text: TEXT,
          ...(position === null ? {} : { passage }),
        },
      },
    },
  };
}

function renderPage(route: InitialEntry, mocks: MockedResponses) {
  return renderWithProviders(
    <Routes>
      <Route path="/w/:slug/documents/:documentId" element={<DocumentPage />} />
    </Routes>,
    { route, mocks },
  );
}

describe('DocumentPage', () => {
  it('scrolls to the cited passage, highlights it, marks its quotes and moves focus there', async () => {
    const scrolled: Element[] = [];
    const scrollIntoView = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      renderPage(
        { pathname: '/w/acme/documents/d1', search: '?passage=1', state: { quotes: ['Refunds are paid back within 5 business days.'] } },
        [documentMock(1)],
      );
      const passage = await screen.findByRole('region', { name: 'Cited passage, page 2' });
      expect(passage).toHaveTextContent('Refunds are paid back within 5 business days. Cash is not refunded.');
      expect(passage).not.toHaveTextContent('Customers can ask');
      expect([...passage.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
        'Refunds are paid back\nwithin 5 business days.',
      ]);
      expect(scrolled).toEqual([passage]);
      expect(passage).toHaveFocus();
      // The rest of the document is still there around it.
      expect(screen.getByText(/Orders ship from Lyon/)).toBeInTheDocument();
    } finally {
      Element.prototype.scrollIntoView = scrollIntoView;
    }
  });

  it('highlights the passage without marks when the link carried no quotes (a pasted URL)', async () => {
    renderPage('/w/acme/documents/d1?passage=1', [documentMock(1)]);
    const passage = await screen.findByRole('region', { name: /Cited passage/ });
    expect(passage.querySelector('mark')).toBeNull();
  });

  it('says so when the document has no such passage, and shows the whole text', async () => {
    renderPage('/w/acme/documents/d1?passage=7', [documentMock(7, null)]);
    expect(await screen.findByText('The cited passage is not in this document')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Cited passage/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Orders ship from Lyon/)).toBeInTheDocument();
  });

  it('shows the plain document without a passage, ignoring a passage parameter that is not a position', async () => {
    renderPage('/w/acme/documents/d1?passage=abc', [documentMock(null)]);
    expect(await screen.findByRole('heading', { name: 'Customer policies' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Cited passage/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/not in this document/)).not.toBeInTheDocument();
  });

  it('offers a retry when the document cannot be loaded', async () => {
    renderPage('/w/acme/documents/d1?passage=1', [
      { request: { query: DocumentPageQuery, variables: { id: 'd1', position: 1, withPassage: true } }, error: new Error('offline') },
    ]);
    const failure = await screen.findByRole('alert');
    expect(within(failure).getByText('This page could not be loaded')).toBeInTheDocument();
    expect(within(failure).getByRole('button')).toBeInTheDocument();
  });
});
