import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app';
import { createLogger } from '../../src/infra/logging/logger';
import { ADD_DOCUMENT, ASK, REFUND_POLICY, workspaceOf } from '../copilot';
import { signUp } from '../factories';
import { startTestApp } from '../harness';
import { waitFor } from '../wait-for';

// Issue 8, item 8: a document being indexed stayed PROCESSING forever after a restart, and an answer being
// streamed stayed STREAMING; shutdown must let work finish or mark it FAILED, and the next start must resume.

async function sqlOn<T>(url: string, query: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('work in flight at shutdown', () => {
  it('marks an answer still streaming after the grace period FAILED, with a reason the user can act on', async () => {
    // One word a second: the answer cannot finish within the shutdown's grace period.
    const app = await startTestApp({ EXTRACTIVE_ANSWER_DELAY_MS: '1000' });
    try {
      const client = app.client();
      await signUp(client);
      const workspaceId = await workspaceOf(client);
      await client.ok(ADD_DOCUMENT, { workspaceId, input: { title: 'Policies', text: REFUND_POLICY } });
      const asked = await client.ok<{ askCopilot: { answer: { id: string } } }>(ASK, {
        input: { workspaceId, question: 'How long do I have to ask for a refund?' },
      });
      const answerId = asked.askCopilot.answer.id;
      await waitFor(
        async () => (await app.sql<{ n: number }>('select count(*)::int as n from answer_events where message_id = ?', [answerId]))[0]?.n,
        {
          description: 'the answer streaming',
        },
      );

      await app.stop();

      const [message] = await sqlOn<{ status: string; error: string }>(
        app.database.url,
        'select status, error from messages where id = $1',
        [answerId],
      );
      expect(message).toEqual({ status: 'FAILED', error: 'The server restarted before the answer was finished. Ask again.' });
      const [last] = await sqlOn<{ status: string }>(
        app.database.url,
        'select status from answer_events where message_id = $1 order by seq desc limit 1',
        [answerId],
      );
      // The final event is stored, so a stream reopened on another instance ends instead of waiting.
      expect(last?.status).toBe('FAILED');
    } finally {
      await app.database.drop();
    }
  });

  it('queues, at the next start, the indexing of a document a stopped instance left PROCESSING, once', async () => {
    const app = await startTestApp();
    const client = app.client();
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    const added = await client.ok<{ addDocument: { id: string } }>(ADD_DOCUMENT, {
      workspaceId,
      input: { title: 'Policies', text: REFUND_POLICY },
    });
    const documentId = added.addDocument.id;
    // As if the instance had stopped halfway through indexing it in the request.
    await app.sql(`update documents set status = 'PROCESSING', progress = 40 where id = ?`, [documentId]);
    await app.sql('delete from passages where document_id = ?', [documentId]);
    await app.stop();

    const queuedJobs = () =>
      sqlOn<{ state: string; waits: boolean }>(
        app.database.url,
        `select state, start_after > now() + interval '30 seconds' as waits from pgboss.job where name = 'ingest-document' and data->>'documentId' = $1`,
        [documentId],
      );
    try {
      for (let start = 0; start < 2; start += 1) {
        const restarted = await startApp(app.config, createLogger(app.config), { databaseUrl: app.database.url });
        await restarted.stop();
      }
      // Queued by the first start, to run after a minute (an indexing still under way elsewhere finishes first);
      // the second start finds it queued and adds none.
      expect(await queuedJobs()).toEqual([{ state: 'created', waits: true }]);
    } finally {
      await app.database.drop();
    }
  });
});
