import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import { startSecondInstance, startTestApp, type TestApp } from '../../../test/harness';
import { testLogger } from '../../../test/job-queue-harness';
import { waitFor } from '../../../test/wait-for';
import type { RunningApp } from '../../app';
import { type EmbeddingsServer, startEmbeddingsServer } from '../../infra/embeddings/testing/embeddings-server';
import { createJobQueue, type JobQueue } from '../../infra/jobs/job-queue';
import { EMBED_MISSING_PASSAGES_JOB, queueEmbeddingBackfill } from './embedding-backfill';

const MODEL = 'fake-embed';
const DOCUMENTS = [
  { title: 'Refunds', text: '# Refunds\n\nA refund is paid within 5 days. Refunds for sale items are not possible.' },
  { title: 'Shipping', text: '# Shipping\n\nOrders ship from the warehouse in Lyon. Delivery takes 3 to 5 days in Europe.' },
  { title: 'Passwords', text: '# Passwords\n\nReset your password from the sign-in page. The reset link expires after one hour.' },
];

/**
 * Documents stored while no embeddings endpoint was configured (the first instance has none), or embedded by another
 * model, get vectors of the model once an instance starts with one.
 */
describe('vectors for passages stored before the embeddings endpoint or model', () => {
  let server: EmbeddingsServer;
  let app: TestApp;
  let withEmbeddings: RunningApp;
  let jobs: JobQueue;
  let workspaceId: string;
  const documentIds: string[] = [];

  const vectors = () =>
    app.sql<{ documentId: string; model: string | null; dimensions: number | null }>(
      `select document_id as "documentId", embedding_model as model, cardinality(embedding) as dimensions
       from passages where workspace_id = ? order by document_id, position`,
      [workspaceId],
    );
  const allOfModel = async () => {
    const rows = await vectors();
    return rows.length > 0 && rows.every((row) => row.model === MODEL && row.dimensions === 256) && rows;
  };
  const backfillJobs = async () =>
    (await app.sql<{ n: number }>('select count(*)::int as n from pgboss.job where name = ?', [EMBED_MISSING_PASSAGES_JOB]))[0]?.n;

  beforeAll(async () => {
    server = await startEmbeddingsServer();
    app = await startTestApp();
    const client = app.client();
    await signUp(client);
    const { createWorkspace } = await client.ok<{ createWorkspace: { id: string } }>(
      'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }',
      { input: { name: 'Backfill' } },
    );
    workspaceId = createWorkspace.id;
    for (const document of DOCUMENTS) {
      const { addDocument } = await client.ok<{ addDocument: { id: string } }>(ADD_DOCUMENT, { workspaceId, input: document });
      documentIds.push(addDocument.id);
    }
  });
  afterAll(async () => {
    await jobs?.stop();
    await withEmbeddings?.stop();
    await app.close();
    await server.close();
  });

  it('embeds, at the start of an instance with an endpoint, every passage without a vector of its model', async () => {
    expect((await vectors()).every((row) => row.model === null)).toBe(true);
    // One document was embedded by the model used before: its vectors are of no use to the new one.
    await app.sql(
      `update passages set embedding = array_fill(0.5::real, array[4]), embedding_model = 'older-model' where document_id = ?`,
      [documentIds[0]],
    );

    withEmbeddings = await startSecondInstance(app, {
      embeddings: { baseUrl: server.baseUrl, model: MODEL, apiKey: undefined, timeoutMs: 5000 },
    });

    const rows = await waitFor(allOfModel, { description: 'every passage to get a vector of the model', timeoutMs: 20_000 });
    expect(new Set(rows.map((row) => row.documentId))).toEqual(new Set(documentIds));
    expect(await backfillJobs()).toBe(1);
  });

  it('queues nothing when every passage has a vector of the model, and one job for instances starting together', async () => {
    jobs = createJobQueue(app.database.url, testLogger, { pollingIntervalSeconds: 0.5 });
    await jobs.start();
    expect(await queueEmbeddingBackfill(app.orm.em, jobs, MODEL, testLogger)).toBe(false);
    expect(await backfillJobs()).toBe(1);

    await app.sql('update passages set embedding = null, embedding_model = null where document_id = ?', [documentIds[1]]);
    const queued = await Promise.all([
      queueEmbeddingBackfill(app.orm.em, jobs, MODEL, testLogger),
      queueEmbeddingBackfill(app.orm.em, jobs, MODEL, testLogger),
    ]);
    expect(queued.sort()).toEqual([false, true]);
    expect(await backfillJobs()).toBe(2);
    // The instance with the endpoint works the job.
    await waitFor(allOfModel, { description: 'the document to get its vectors again', timeoutMs: 20_000 });
  });
});
