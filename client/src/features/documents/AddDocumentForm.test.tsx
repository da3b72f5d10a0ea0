import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { FakeXhr } from '../../test/fakeXhr';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { AddDocumentForm } from './AddDocumentForm';
import { AddDocumentMutation } from './useAddDocument';

const notes = () => new File(['hello'], 'notes.txt', { type: 'text/plain' });
const uploadVariables = { workspaceId: 'w1', input: { title: null, uploadId: 'up1' } };
const UPLOADED = { uploadId: 'up1', filename: 'notes.txt', sizeBytes: 5, expiresAt: '2030-01-01T00:00:00.000Z' };

/** The upload endpoint's answer, once the form has started the upload. */
async function answerUpload(status: number, body: unknown) {
  await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
  await act(async () => FakeXhr.last().respond(status, body));
}

beforeEach(() => FakeXhr.install());
afterEach(() => vi.unstubAllGlobals());

function renderForm(mocks: MockedResponses = []) {
  renderWithProviders(<AddDocumentForm workspaceId="w1" />, { mocks });
  return userEvent.setup();
}

async function chooseUpload(user: ReturnType<typeof userEvent.setup>, file?: File) {
  await user.click(screen.getByText('Upload a file'));
  if (file) await user.upload(screen.getByLabelText('File'), file);
}

describe('AddDocumentForm', () => {
  it('asks for the text before sending anything', async () => {
    const user = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add document' }));
    expect(await screen.findByText('Paste the text of the document')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Text/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for a file, and for a kind the copilot can read', async () => {
    const user = renderForm();
    await chooseUpload(user);
    await user.click(screen.getByRole('button', { name: 'Add document' }));
    expect(await screen.findByText('Choose a file to upload')).toBeInTheDocument();

    // Dropped files skip the input's accept filter, so the form checks the kind itself.
    const dropping = userEvent.setup({ applyAccept: false });
    await dropping.upload(screen.getByLabelText('File'), new File(['MZ'], 'setup.exe', { type: 'application/octet-stream' }));
    await user.click(screen.getByRole('button', { name: 'Add document' }));
    expect(await screen.findByText('Choose a .txt, .md, .csv, .html or .pdf file')).toBeInTheDocument();
  });

  it('shows the server’s reason about the file on the file field (BAD_USER_INPUT)', async () => {
    const message = 'This file is not plain text: it looks like a PDF.';
    const user = renderForm([
      {
        request: { query: AddDocumentMutation, variables: uploadVariables },
        result: graphQLErrorResult(message, { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', message }] }),
      },
    ]);
    await chooseUpload(user, notes());
    expect(screen.getByText('notes.txt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add document' }));
    await answerUpload(201, UPLOADED);

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText('File')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains PLAN_LIMIT_REACHED', async () => {
    const user = renderForm([
      {
        request: { query: AddDocumentMutation, variables: uploadVariables },
        result: graphQLErrorResult('The Free plan allows 20 documents.', {
          code: 'PLAN_LIMIT_REACHED',
          limit: 'documents',
          plan: 'FREE',
          max: 20,
        }),
      },
    ]);
    await chooseUpload(user, notes());
    await user.click(screen.getByRole('button', { name: 'Add document' }));
    await answerUpload(201, UPLOADED);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Document limit reached');
    expect(alert).toHaveTextContent('The Free plan allows 20 documents.');
  });

  it('shows the upload’s progress with its percent, and cancels it without a word of error', async () => {
    const user = renderForm();
    await chooseUpload(user, notes());
    await user.click(screen.getByRole('button', { name: 'Add document' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    act(() => FakeXhr.last().progress(3, 4));

    expect(screen.getByText('Uploading notes.txt… 75%')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Uploading notes.txt' })).toHaveAttribute('aria-valuenow', '75');
    await user.click(screen.getByRole('button', { name: 'Cancel upload' }));

    expect(FakeXhr.last().aborted).toBe(true);
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.getByText('notes.txt')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('File')).not.toHaveAttribute('aria-invalid');
  });

  it('explains a file over the plan’s size, refused by the upload endpoint', async () => {
    const user = renderForm();
    await chooseUpload(user, notes());
    await user.click(screen.getByRole('button', { name: 'Add document' }));
    await answerUpload(413, {
      errors: [
        {
          message: 'The Free plan allows 1,000,000 bytes per document. Upgrade for more.',
          extensions: { code: 'PLAN_LIMIT_REACHED', limit: 'documentBytes', plan: 'FREE', max: 1_000_000 },
        },
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Plan limit reached');
    expect(alert).toHaveTextContent('1,000,000 bytes per document');
  });

  it('puts an interrupted upload’s message on the file field', async () => {
    const user = renderForm();
    await chooseUpload(user, notes());
    await user.click(screen.getByRole('button', { name: 'Add document' }));
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    await act(async () => FakeXhr.last().fail());

    expect(await screen.findByText(/the connection was interrupted/)).toBeInTheDocument();
    expect(screen.getByLabelText('File')).toHaveAttribute('aria-invalid', 'true');
  });

  it('adds pasted text and empties the form', async () => {
    const text = '# Refunds\n\nWithin 30 days.';
    const user = renderForm([
      {
        request: { query: AddDocumentMutation, variables: { workspaceId: 'w1', input: { title: 'Refund policy', text } } },
        result: {
          data: {
            addDocument: {
              __typename: 'Document',
              id: 'd1',
              title: 'Refund policy',
              mimeType: 'text/markdown',
              sizeBytes: text.length,
              chunkCount: 1,
              status: 'READY',
              progress: 100,
              error: null,
              createdAt: '2030-01-01T00:00:00.000Z',
              addedBy: { __typename: 'User', id: 'u1', name: 'Ada Lovelace' },
            },
          },
        },
      },
    ]);
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Refund policy');
    // Typed through the clipboard: user-event would read the braces of "{" as key names.
    await user.click(screen.getByRole('textbox', { name: /^Text/ }));
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Add document' }));

    expect(await screen.findByText('“Refund policy” can now be cited.')).toBeInTheDocument();
    // The notification and the form's reset land in separate renders: wait for the reset too.
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Text/ })).toHaveValue(''));
  });
});
