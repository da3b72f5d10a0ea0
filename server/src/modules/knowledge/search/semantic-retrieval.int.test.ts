import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, ASK, readStream } from '../../../../test/copilot';
import { signUp } from '../../../../test/factories';
import type { GraphQLTestClient } from '../../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../../test/harness';
import { waitFor } from '../../../../test/wait-for';
import { createOpenAICompatibleEmbedder, type Embedder } from '../../../infra/embeddings/openai-compatible-embedder';
import { type EmbeddingsServer, startEmbeddingsServer } from '../../../infra/embeddings/testing/embeddings-server';
import { embedDocumentPassages } from '../passage-embeddings';
import { RetrievalService } from '../retrieval.service';
import { searchPassages } from './passage-search';

const MODEL = 'fake-embed';
const DOCUMENTS = [
  { title: 'Refunds', text: '# Refunds\n\nA refund is paid within 5 days. Refunds for sale items are not possible.' },
  { title: 'Shipping', text: '# Shipping\n\nOrders ship from the warehouse in Lyon. Delivery takes 3 to 5 days in Europe.' },
  { title: 'Passwords', text: '# Passwords\n\nReset your password from the sign-in page. The reset link expires after one hour.' },
];
// Shares no word (nor stem, nor lexical synonym) with the documents; the fake model reads "reimbursement" as
// "refund" and "credited" as "paid".
const PARAPHRASE = 'How quickly is a reimbursement credited?';

let server: EmbeddingsServer;
beforeAll(async () => {
  server = await startEmbeddingsServer({
    synonyms: [
      ['refund', 'reimbursement'],
      ['paid', 'credited'],
    ],
  });
});
afterAll(async () => {
  await server.close();
});

async function workspaceWith(client: GraphQLTestClient): Promise<string> {
  await signUp(client);
  const { createWorkspace } = await client.ok<{ createWorkspace: { id: string } }>(
    'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }',
    { input: { name: 'Semantic' } },
  );
  for (const document of DOCUMENTS) await client.ok(ADD_DOCUMENT, { workspaceId: createWorkspace.id, input: document });
  return createWorkspace.id;
}

const titles = (passages: Array<{ documentTitle: string }>) => passages.map((passage) => passage.documentTitle);

describe('semantic retrieval with an embeddings endpoint', () => {
  let app: TestApp;
  let client: GraphQLTestClient;
  let workspaceId: string;
  let embedder: Embedder;
  const search = (question: string, limit = 6) =>
    searchPassages({ em: app.orm.em.fork(), language: 'english', embedder }, workspaceId, question, limit);

  beforeAll(async () => {
    app = await startTestApp({ EMBEDDINGS_BASE_URL: server.baseUrl, EMBEDDINGS_MODEL: MODEL });
    embedder = createOpenAICompatibleEmbedder({ baseUrl: server.baseUrl, model: MODEL, timeoutMs: 5000 });
    client = app.client();
    workspaceId = await workspaceWith(client);
  });
  afterAll(async () => {
    await app.close();
  });

  it('gives every passage a unit vector of the model through the embed-passages job', async () => {
    const rows = await waitFor(
      async () => {
        const found = await app.sql<{ model: string | null; dimensions: number | null; norm: number | null }>(
          `select embedding_model as model, cardinality(embedding) as dimensions,
                  (select sqrt(sum(x * x)) from unnest(embedding) x) as norm
           from passages where workspace_id = ?`,
          [workspaceId],
        );
        return found.length > 0 && found.every((row) => row.model !== null) && found;
      },
      { description: 'the passages to get their vectors', timeoutMs: 20_000 },
    );
    for (const row of rows) {
      expect(row).toMatchObject({ model: MODEL, dimensions: 256 });
      expect(Number(row.norm)).toBeCloseTo(1, 5);
    }
    const embedRequests = server.requests.filter((request) => request.body.model === MODEL);
    expect(embedRequests.flatMap((request) => request.body.input as string[])).toContain(
      'Refunds > Refunds\n\nA refund is paid within 5 days. Refunds for sale items are not possible.',
    );
  });

  it('finds a passage worded unlike the question through fusion, where the lexical ranking finds nothing', async () => {
    const lexical = await new RetrievalService(app.orm.em.fork(), 'english').search(workspaceId, PARAPHRASE);
    expect(lexical.passages).toEqual([]);
    const fused = await search(PARAPHRASE);
    expect(titles(fused.passages)[0]).toBe('Refunds');
    // The refusal still sees that the workspace never mentions these words.
    expect(fused.terms).toEqual(lexical.terms);
    expect(fused.terms.find((term) => term.word === 'reimbursement')?.passages).toBe(0);
  });

  it('keeps what both rankings agree on first, in a fixed order with fused scores', async () => {
    const first = await search('When does the password reset link expire?', 3);
    expect(titles(first.passages)[0]).toBe('Passwords');
    expect(first.passages.map((passage) => passage.rank)).toEqual([...first.passages.map((passage) => passage.rank)].sort((a, b) => b - a));
    // In both lists at rank 1: 2 / 61.
    expect(first.passages[0]?.rank).toBeCloseTo(2 / 61, 12);
    expect(await search('When does the password reset link expire?', 3)).toEqual(first);
  });

  it('answers from the lexical ranking when the question cannot be embedded', async () => {
    server.next({ kind: 'error', status: 503, body: { error: { message: 'model is loading' } } });
    const { passages } = await search('When does the reset link expire?');
    expect(titles(passages)[0]).toBe('Passwords');
    const lexical = await new RetrievalService(app.orm.em.fork(), 'english').search(workspaceId, 'When does the reset link expire?');
    expect(passages).toEqual(lexical.passages);
  });

  it('leaves a document READY and searchable when embedding fails, and resumes on the retry', async () => {
    const { addDocument } = await client.ok<{ addDocument: { id: string; status: string } }>(ADD_DOCUMENT, {
      workspaceId,
      input: { title: 'Holidays', text: '# Holidays\n\nThe office closes on the first Monday of August.' },
    });
    expect(addDocument.status).toBe('READY');
    await waitFor(
      async () =>
        (
          await app.sql<{ state: string }>("select state from pgboss.job where name = 'embed-passages' and data->>'documentId' = ?", [
            addDocument.id,
          ])
        )[0]?.state === 'completed',
      { description: 'the job to embed the new document' },
    );
    await app.sql('update passages set embedding = null, embedding_model = null where document_id = ?', [addDocument.id]);
    server.next({ kind: 'error', status: 500, body: { error: { message: 'out of memory' } } });
    await expect(embedDocumentPassages(app.orm.em.fork(), embedder, addDocument.id)).rejects.toThrow(/HTTP 500: out of memory/);
    const [document] = await app.sql<{ status: string }>('select status from documents where id = ?', [addDocument.id]);
    expect(document?.status).toBe('READY');
    expect(titles((await search('When does the office close in August?')).passages)[0]).toBe('Holidays');
    expect(await embedDocumentPassages(app.orm.em.fork(), embedder, addDocument.id)).toBe(1);
    // Idempotent: nothing is left to embed.
    expect(await embedDocumentPassages(app.orm.em.fork(), embedder, addDocument.id)).toBe(0);
  });

  it('streams a copilot answer with citations while retrieval fuses', async () => {
    const asked = await client.ok<{ askCopilot: { answer: { id: string } } }>(ASK, {
      input: { workspaceId, question: 'How many days until a refund is paid?' },
    });
    const { events } = await readStream(client, asked.askCopilot.answer.id);
    expect(events.at(-1)?.status).toBe('DONE');
    expect(events.find((event) => event.citations?.length)?.citations?.[0]?.documentTitle).toBe('Refunds');
  });
});

describe('without an embeddings endpoint', () => {
  let app: TestApp;
  afterAll(async () => {
    await app?.close();
  });

  it('stores no vectors, queues no embedding job and searches lexically only', async () => {
    app = await startTestApp();
    const client = app.client();
    const workspaceId = await workspaceWith(client);
    const before = server.requests.length;
    const [vectors] = await app.sql<{ n: number }>('select count(*)::int as n from passages where embedding is not null');
    expect(vectors?.n).toBe(0);
    const [jobs] = await app.sql<{ n: number }>("select count(*)::int as n from pgboss.job where name = 'embed-passages'");
    expect(jobs?.n).toBe(0);
    const em = app.orm.em.fork();
    for (const question of [PARAPHRASE, 'When does the reset link expire?', 'refund -sale']) {
      const plain = await new RetrievalService(em, 'english').search(workspaceId, question, 6);
      expect(await searchPassages({ em, language: 'english' }, workspaceId, question, 6)).toEqual(plain);
    }
    expect(server.requests.length).toBe(before);
  });
});
