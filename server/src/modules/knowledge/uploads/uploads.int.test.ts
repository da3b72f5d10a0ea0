import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, workspaceOf } from '../../../../test/copilot';
import { signUp } from '../../../../test/factories';
import { startTestApp, type TestApp } from '../../../../test/harness';
import { postUpload } from '../../../../test/uploads';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../ingest/testing/fixtures', name));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('POST /uploads, then addDocument(input: { uploadId })', () => {
  it('stores the file for an hour, then makes it a document exactly as a base64 file, and deletes the upload', async () => {
    const client = app.client();
    const user = await signUp(client);
    const workspaceId = await workspaceOf(client);
    const { status, body } = await postUpload(client, workspaceId, {
      filename: 'handbook.pdf',
      bytes: fixture('handbook.pdf'),
      type: 'application/pdf',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ filename: 'handbook.pdf', sizeBytes: fixture('handbook.pdf').length });
    const expiresInMs = new Date(body.expiresAt ?? 0).getTime() - Date.now();
    expect(expiresInMs).toBeGreaterThan(59 * 60_000);
    expect(expiresInMs).toBeLessThanOrEqual(60 * 60_000);
    const [stored] = await app.sql<{ uploaded_by_id: string; mime_type: string }>(
      'select uploaded_by_id, mime_type from uploads where id = ?',
      [body.uploadId],
    );
    expect(stored).toEqual({ uploaded_by_id: user.id, mime_type: 'application/pdf' });

    const added = await client.ok<{ addDocument: { id: string; status: string; chunkCount: number } }>(ADD_DOCUMENT, {
      workspaceId,
      input: { uploadId: body.uploadId },
    });
    expect(added.addDocument).toMatchObject({ status: 'READY' });
    const viaBase64 = await client.ok<{ addDocument: { id: string; status: string; chunkCount: number } }>(ADD_DOCUMENT, {
      workspaceId,
      input: { file: { filename: 'handbook.pdf', contentBase64: fixture('handbook.pdf').toString('base64') } },
    });
    const rows = await app.sql<{ id: string; title: string; mime_type: string; size_bytes: number; content: string; chunk_count: number }>(
      'select id, title, mime_type, size_bytes, content, chunk_count from documents where id in (?, ?)',
      [added.addDocument.id, viaBase64.addDocument.id],
    );
    const [a, b] = rows.map(({ id: _id, ...rest }) => rest);
    expect(a).toEqual(b);
    expect(a?.mime_type).toBe('application/pdf');
    expect(await app.sql('select 1 from uploads where id = ?', [body.uploadId])).toEqual([]);

    // Used once: naming it again finds nothing.
    const again = await client.request(ADD_DOCUMENT, { workspaceId, input: { uploadId: body.uploadId } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', fieldErrors: [{ field: 'uploadId' }] });
  });

  it('takes an API token (Authorization: Bearer) as /graphql does, and a title from addDocument', async () => {
    const browser = app.client();
    await signUp(browser);
    const workspaceId = await workspaceOf(browser);
    const thirdParty = app.client();
    thirdParty.bearer = browser.cookie?.split('=')[1];
    const { status, body } = await postUpload(thirdParty, workspaceId, {
      filename: 'notes.md',
      bytes: '# Notes\n\nThe office opens at nine.',
    });
    expect(status).toBe(201);
    const added = await thirdParty.ok<{ addDocument: { title: string } }>(ADD_DOCUMENT, {
      workspaceId,
      input: { title: 'Office hours', uploadId: body.uploadId },
    });
    expect(added.addDocument.title).toBe('Office hours');
  });

  it('refuses an input naming two sources, and a file the content contradicts, keeping the upload for another try', async () => {
    const client = app.client();
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    const { body } = await postUpload(client, workspaceId, {
      filename: 'scan.pdf',
      bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    });
    const both = await client.request(ADD_DOCUMENT, { workspaceId, input: { text: '# Hi', uploadId: body.uploadId } });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const png = await client.request(ADD_DOCUMENT, { workspaceId, input: { uploadId: body.uploadId } });
    expect(png.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file' }] });
    expect(await app.sql('select 1 from documents where workspace_id = ?', [workspaceId])).toEqual([]);
  });

  it('refuses a body without a file part, and a part that is not multipart', async () => {
    const client = app.client();
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    const headers = { 'apollo-require-preflight': 'true', cookie: client.cookie ?? '' };
    const form = new FormData();
    form.append('note', 'no file here');
    const noFile = await fetch(`${app.url}/uploads?workspaceId=${workspaceId}`, { method: 'POST', headers, body: form });
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file' }] });
    const json = await fetch(`${app.url}/uploads?workspaceId=${workspaceId}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
  });
});
