import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, REFUND_POLICY, workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createTeam } from '../../../test/team';
import { waitFor } from '../../../test/wait-for';
import { INLINE_INGEST_CHARS } from './knowledge.service';
import { RetrievalService } from './retrieval.service';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'ingest/testing/fixtures', name));
const upload = (filename: string, bytes: Buffer) => ({ file: { filename, contentBase64: bytes.toString('base64') } });
const DOCUMENTS = /* GraphQL */ `query($workspaceId: ID!, $first: Int, $after: String, $search: String) {
  documents(workspaceId: $workspaceId, first: $first, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title mimeType chunkCount status addedBy { name } } }
  }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('documents', () => {
  it('adds pasted text and uploaded .md, .csv, .html and .pdf files as searchable passages', async () => {
    const client = app.client();
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    const added = [
      await client.ok<{ addDocument: { title: string; status: string; chunkCount: number } }>(ADD_DOCUMENT, {
        workspaceId,
        input: { text: REFUND_POLICY },
      }),
      ...(await Promise.all(
        [
          ['refund-policy.md', 'text/markdown'],
          ['plans.csv', 'text/csv'],
          ['onboarding.html', 'text/html'],
          ['handbook.pdf', 'application/pdf'],
        ].map(async ([name]) =>
          client.ok<{ addDocument: { title: string; status: string; chunkCount: number } }>(ADD_DOCUMENT, {
            workspaceId,
            input: upload(name as string, fixture(name as string)),
          }),
        ),
      )),
    ];
    for (const { addDocument } of added) {
      expect(addDocument.status).toBe('READY');
      expect(addDocument.chunkCount).toBeGreaterThan(0);
    }
    expect(added[0]?.addDocument.title).toBe('Refund policy');
    const list = await client.ok<{ documents: { totalCount: number; edges: Array<{ node: { mimeType: string } }> } }>(DOCUMENTS, {
      workspaceId,
    });
    expect(list.documents.totalCount).toBe(5);
    expect(new Set(list.documents.edges.map((e) => e.node.mimeType))).toEqual(
      new Set(['text/markdown', 'text/csv', 'text/html', 'application/pdf']),
    );

    // A PDF's passages say the page they start on (the short handbook fits one passage); other formats have none.
    const pages = await app.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ mime_type: string; page: number | null }>>(
        `select d.mime_type, p.page from passages p join documents d on d.id = p.document_id where p.workspace_id = ? order by p.page`,
        [workspaceId],
      );
    expect(new Set(pages.filter((row) => row.mime_type === 'application/pdf').map((row) => row.page))).toEqual(new Set([1]));
    expect(pages.filter((row) => row.mime_type !== 'application/pdf').every((row) => row.page === null)).toBe(true);

    const { passages: hits } = await new RetrievalService(app.orm.em.fork(), 'english').search(workspaceId, 'How long do refunds take?');
    expect(hits[0]?.content).toMatch(/refund/i);
    expect(hits[0]?.rank).toBeGreaterThan(hits.at(-1)?.rank ?? 0);
  });

  it.each([
    ['a PNG named .pdf', 'scan.pdf', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
    ['an encrypted PDF', 'secret.pdf', fixture('handbook-encrypted.pdf')],
    ['an image-only PDF', 'scan.pdf', fixture('scanned-image-only.pdf')],
    ['an empty file', 'empty.txt', Buffer.alloc(0)],
    ['an unsupported type', 'slides.pptx', Buffer.from('PK\u0003\u0004 zip bytes')],
  ])('refuses %s with BAD_USER_INPUT on the file field, writing nothing', async (_label, filename, bytes) => {
    const client = app.client();
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    const result = await client.request(ADD_DOCUMENT, { workspaceId, input: upload(filename, bytes) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file' }] });
    expect(await app.sql('select 1 from documents where workspace_id = ?', [workspaceId])).toEqual([]);
  });

  it('pages and filters by title, and enforces the plan’s size limit', async () => {
    const client = app.client();
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    for (const title of ['Alpha guide', 'Beta guide', 'Gamma notes'])
      await client.ok(ADD_DOCUMENT, { workspaceId, input: { title, text: `# ${title}\n\nSome text about ${title}.` } });
    const page = await client.ok<{ documents: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] } }>(DOCUMENTS, {
      workspaceId,
      first: 2,
    });
    expect(page.documents.edges).toHaveLength(2);
    expect(page.documents.pageInfo.hasNextPage).toBe(true);
    const rest = await client.ok<{ documents: { edges: unknown[] } }>(DOCUMENTS, {
      workspaceId,
      first: 2,
      after: page.documents.pageInfo.endCursor,
    });
    expect(rest.documents.edges).toHaveLength(1);
    const guides = await client.ok<{ documents: { totalCount: number } }>(DOCUMENTS, { workspaceId, search: 'guide' });
    expect(guides.documents.totalCount).toBe(2);
    // Just over the Free plan's 1,000,000 bytes, and still under the 1 MB (1,048,576) cap on a /graphql body.
    const huge = await client.request(ADD_DOCUMENT, { workspaceId, input: { text: `# Big\n\n${'word '.repeat(201_000)}` } });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'PLAN_LIMIT_REACHED', limit: 'documentBytes' });
  });

  it('lets members delete their own documents, admins any, viewers none', async () => {
    const team = await createTeam(app);
    const add = async (caller: 'OWNER' | 'MEMBER') =>
      (
        await team.client(caller).ok<{ addDocument: { id: string } }>(ADD_DOCUMENT, {
          workspaceId: team.own.workspace.id,
          input: { text: `# By ${caller}\n\ntext` },
        })
      ).addDocument.id;
    const DELETE = 'mutation($id: ID!) { deleteDocument(id: $id) }';
    const ownersDoc = await add('OWNER');
    const membersDoc = await add('MEMBER');
    expect((await team.client('MEMBER').request(DELETE, { id: ownersDoc })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await team.client('VIEWER').request(DELETE, { id: membersDoc })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await team.client('OUTSIDER').request(DELETE, { id: membersDoc })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await team.client('MEMBER').ok(DELETE, { id: membersDoc })).deleteDocument).toBe(true);
    expect((await team.client('ADMIN').ok(DELETE, { id: ownersDoc })).deleteDocument).toBe(true);
    expect(await app.sql('select 1 from passages where document_id in (?, ?)', [ownersDoc, membersDoc])).toEqual([]);
  });
});

describe('large documents', () => {
  it('are indexed by a job: PROCESSING with progress at first, READY with all passages after', async () => {
    const client = app.client();
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    const sections = Array.from(
      { length: 400 },
      (_, i) => `## Section ${i}\n\n${`Paragraph about topic ${i} with enough words to make a passage. `.repeat(10)}`,
    );
    const text = `# Big handbook\n\n${sections.join('\n\n')}`;
    expect(text.length).toBeGreaterThan(INLINE_INGEST_CHARS);
    expect(text.length).toBeLessThan(1_000_000);
    const added = await client.ok<{ addDocument: { id: string; status: string } }>(ADD_DOCUMENT, { workspaceId, input: { text } });
    expect(added.addDocument.status).toBe('PROCESSING');
    const ready = await waitFor(
      async () => {
        const { document } = await client.ok<{ document: { status: string; progress: number; chunkCount: number } }>(
          'query($id: ID!) { document(id: $id) { status progress chunkCount } }',
          { id: added.addDocument.id },
        );
        return document.status === 'READY' && document;
      },
      { description: 'the ingestion job', timeoutMs: 20_000 },
    );
    expect(ready.progress).toBe(100);
    expect(ready.chunkCount).toBeGreaterThanOrEqual(400);
    const [count] = await app.sql<{ n: string }>('select count(*) as n from passages where document_id = ?', [added.addDocument.id]);
    expect(Number(count?.n)).toBe(ready.chunkCount);
  });
});
