import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, ASK, REFUND_POLICY, readStream, workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import type { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { Latch } from '../../copilot/engine/testing/latch';
import { type OpenAISseServer, startOpenAISseServer } from '../../copilot/engine/testing/openai-sse-server';
import { findFreePort } from '../../infra/db/embedded-postgres';

/** The whole path with LLM_BASE_URL set: the app talks to a local server speaking OpenAI's streaming protocol. */
describe('answers from an OpenAI-compatible endpoint', () => {
  let llm: OpenAISseServer;
  let app: TestApp;
  let client: GraphQLTestClient;
  let workspaceId: string;

  beforeAll(async () => {
    llm = await startOpenAISseServer();
    app = await startTestApp({ LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'test-model', LLM_API_KEY: 'sk-test', LLM_TIMEOUT_MS: '2000' });
    client = app.client();
    await signUp(client);
    workspaceId = await workspaceOf(client);
    await client.ok(ADD_DOCUMENT, { workspaceId, input: { title: 'Policies', text: REFUND_POLICY } });
  });
  afterAll(async () => {
    await app.close();
    await llm.close();
  });

  const ask = async (question: string) =>
    (await client.ok<{ askCopilot: { answer: { id: string } } }>(ASK, { input: { workspaceId, question } })).askCopilot.answer.id;

  it('streams the model’s tokens in order with citations parsed from its [n] markers', async () => {
    const before = llm.requests.length;
    llm.next({ kind: 'stream', tokens: ['Refunds are paid within ', '5 business days ', '[', '1', '].'] });
    const id = await ask('How long do refunds take?');
    const { events } = await readStream(client, id);
    expect(events.map((e) => e.delta ?? '').join('')).toBe('Refunds are paid within 5 business days [1].');
    expect(events.find((e) => e.citations)?.citations?.[0]).toMatchObject({ index: 1, documentTitle: 'Policies' });
    expect(events.at(-1)?.status).toBe('DONE');
    const request = await llm.request(before);
    expect(request.headers.authorization).toBe('Bearer sk-test');
    expect(JSON.stringify(request.body)).toMatch(/5 business days/); // the retrieved passage went into the prompt
  });

  it('fails the answer with a clear reason when the model answers with an HTTP error', async () => {
    llm.next({ kind: 'error', status: 401, body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } } });
    const id = await ask('How long do refunds take?');
    const { events } = await readStream(client, id);
    expect(events.at(-1)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/401/) });
  });

  it('fails with a time-out when the model never answers, and keeps serving', async () => {
    llm.next({ kind: 'hang' });
    const id = await ask('How long do refunds take?');
    const { events } = await readStream(client, id);
    expect(events.at(-1)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/did not answer|time/i) });
    expect((await client.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBeTruthy();
  });

  it('stops the model mid-answer: the HTTP request to it is closed', async () => {
    const index = llm.requests.length;
    // The model writes a token only when the test releases one: after three, it is held mid-answer.
    const model = new Latch();
    llm.next({ kind: 'stream', tokens: Array.from({ length: 200 }, (_, i) => `word${i} `), latch: model });
    const id = await ask('Tell me everything about refunds.');
    model.release(3);
    const head = await readStream(client, id, 0, 3);
    expect(head.events.map((e) => e.delta)).toEqual(['word0 ', 'word1 ', 'word2 ']);
    await model.arrival();
    const stopped = await client.ok<{ stopAnswer: { status: string; content: string } }>(
      'mutation($id: ID!) { stopAnswer(messageId: $id) { status content } }',
      { id },
    );
    expect(stopped.stopAnswer).toEqual({ status: 'STOPPED', content: 'word0 word1 word2 ' });
    const request = await llm.request(index);
    await request.closed;
    expect(request.closedEarly).toBe(true);
    expect(request.tokensWritten).toBe(3);
  });

  it('fails with a clear reason when the endpoint is down', async () => {
    const down = await startTestApp({
      LLM_BASE_URL: `http://127.0.0.1:${await findFreePort()}/v1`,
      LLM_MODEL: 'm',
      LLM_TIMEOUT_MS: '2000',
    });
    try {
      const other = down.client();
      await signUp(other);
      const ws = await workspaceOf(other);
      const answer = (
        await other.ok<{ askCopilot: { answer: { id: string } } }>(ASK, { input: { workspaceId: ws, question: 'Anything?' } })
      ).askCopilot.answer.id;
      const { events } = await readStream(other, answer);
      expect(events.at(-1)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/unreachable|ECONNREFUSED/i) });
    } finally {
      await down.close();
    }
  });
});
