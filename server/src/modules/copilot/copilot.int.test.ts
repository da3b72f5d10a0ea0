import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, ASK, REFUND_POLICY, readStream, workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import type { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
let client: GraphQLTestClient;
let workspaceId: string;

beforeAll(async () => {
  // 20 ms between words: an answer lasts about a second, so a stop sent after its first events lands half-way
  // even on a loaded CI machine, and the suite stays quick.
  app = await startTestApp({ EXTRACTIVE_ANSWER_DELAY_MS: '20' });
  client = app.client();
  await signUp(client);
  workspaceId = await workspaceOf(client);
  await client.ok(ADD_DOCUMENT, { workspaceId, input: { title: 'Customer policies', text: REFUND_POLICY } });
});
afterAll(async () => {
  await app.close();
});

const ask = async (question: string, conversationId?: string) =>
  (
    await client.ok<{ askCopilot: { conversation: { id: string; title: string }; answer: { id: string; status: string } } }>(ASK, {
      input: { workspaceId, question, conversationId },
    })
  ).askCopilot;

const finalMessage = async (id: string) => {
  const [row] = await app.sql<{ content: string; status: string }>('select content, status from messages where id = ?', [id]);
  return row;
};

describe('askCopilot and answerStream', () => {
  it('returns at once with a STREAMING answer, then streams ordered events ending with DONE and citations', async () => {
    const asked = await ask('How long do refunds take?');
    expect(asked.answer.status).toBe('STREAMING');
    expect(asked.conversation.title).toBe('How long do refunds take?');
    const { events, errors } = await readStream(client, asked.answer.id);
    expect(errors).toBeUndefined();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)?.status).toBe('DONE');
    const text = events.map((e) => e.delta ?? '').join('');
    expect(text).toMatch(/5 business days/);
    expect(text).toMatch(/\[1\]/);
    const citations = events.find((e) => e.citations)?.citations ?? [];
    expect(citations[0]).toMatchObject({ index: 1, documentTitle: 'Customer policies' });
    expect(citations[0]?.passage).toMatch(/refund/i);
    expect(await finalMessage(asked.answer.id)).toEqual({ content: text, status: 'DONE' });
  });

  it('catches up after a reconnect: events after afterSeq, none lost or repeated', async () => {
    const asked = await ask('What happens if an item arrives damaged?');
    const first = await readStream(client, asked.answer.id, 0, 3);
    expect(first.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    const rest = await readStream(client, asked.answer.id, 3);
    const all = [...first.events, ...rest.events];
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(all.at(-1)?.status).toBe('DONE');
    expect(all.map((e) => e.delta ?? '').join('')).toBe((await finalMessage(asked.answer.id))?.content);
    // A finished answer replays from the table alone.
    const replay = await readStream(client, asked.answer.id, 0);
    expect(replay.events).toEqual(all);
  });

  it('refuses afterSeq beyond the end with BAD_USER_INPUT', async () => {
    const asked = await ask('Where do orders ship from?');
    const { events } = await readStream(client, asked.answer.id);
    const beyond = await readStream(client, asked.answer.id, events.length + 5);
    expect(beyond.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stops an answer half-way and keeps the partial text as STOPPED', async () => {
    const asked = await ask('Tell me everything about refunds, damaged items and shipping times in Europe.');
    const head = await readStream(client, asked.answer.id, 0, 2);
    const stopped = await client.ok<{ stopAnswer: { status: string; content: string } }>(
      'mutation($id: ID!) { stopAnswer(messageId: $id) { status content } }',
      {
        id: asked.answer.id,
      },
    );
    expect(stopped.stopAnswer.status).toBe('STOPPED');
    const all = await readStream(client, asked.answer.id, 0);
    expect(all.events.at(-1)?.status).toBe('STOPPED');
    expect(all.events.map((e) => e.delta ?? '').join('')).toBe(stopped.stopAnswer.content);
    expect(stopped.stopAnswer.content.startsWith(head.events.map((e) => e.delta ?? '').join(''))).toBe(true);
    const again = await client.request('mutation($id: ID!) { stopAnswer(messageId: $id) { status } }', { id: asked.answer.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('regenerates a new answer to the same question in the same conversation', async () => {
    const asked = await ask('How long does delivery take?');
    await readStream(client, asked.answer.id);
    const again = await client.ok<{
      regenerateAnswer: { conversation: { id: string }; question: { content: string }; answer: { id: string } };
    }>('mutation($id: ID!) { regenerateAnswer(messageId: $id) { conversation { id } question { content } answer { id } } }', {
      id: asked.answer.id,
    });
    expect(again.regenerateAnswer.conversation.id).toBe(asked.conversation.id);
    expect(again.regenerateAnswer.question.content).toBe('How long does delivery take?');
    expect(again.regenerateAnswer.answer.id).not.toBe(asked.answer.id);
    const { events } = await readStream(client, again.regenerateAnswer.answer.id);
    expect(events.at(-1)?.status).toBe('DONE');
  });

  it('says plainly when the documents hold no answer', async () => {
    const asked = await ask('What is the airspeed velocity of an unladen swallow?');
    const { events } = await readStream(client, asked.answer.id);
    expect(events.map((e) => e.delta ?? '').join('')).toMatch(/could not find this in the workspace's documents/);
    expect(events.at(-1)?.status).toBe('DONE');
  });

  it('refuses empty and overlong questions, and another user’s answer stream', async () => {
    const empty = await client.request(ASK, { input: { workspaceId, question: '   ' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'question' }] });
    const long = await client.request(ASK, { input: { workspaceId, question: 'x'.repeat(20_000) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'question' }] });
    const asked = await ask('Where do orders ship from?');
    const stranger = app.client();
    await signUp(stranger);
    const spied = await readStream(stranger, asked.answer.id);
    expect(spied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const foreignConversation = await stranger.request(ASK, {
      input: { workspaceId: await workspaceOf(stranger), question: 'Hi?', conversationId: asked.conversation.id },
    });
    expect(foreignConversation.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('marks an answer left STREAMING by a dead instance FAILED when found stale, keeping its text', async () => {
    const asked = await ask('How long do refunds take?');
    await readStream(client, asked.answer.id);
    // Simulate an instance that died mid-answer: back to STREAMING, no final event, an old heartbeat.
    await app.sql(`delete from answer_events where message_id = ? and status <> 'STREAMING'`, [asked.answer.id]);
    await app.sql(`update messages set status = 'STREAMING', heartbeat_at = now() - interval '5 minutes' where id = ?`, [asked.answer.id]);
    const { events } = await readStream(client, asked.answer.id);
    expect(events.at(-1)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/interrupted/) });
    expect((await finalMessage(asked.answer.id))?.status).toBe('FAILED');
    expect((await finalMessage(asked.answer.id))?.content).toMatch(/business days/);
  });

  it('loads a conversation with cited documents in a constant number of SQL statements (1 or 4 answers)', async () => {
    const VIEW =
      'query($id: ID!) { conversation(id: $id) { messages { edges { node { content citations { index document { id title } } } } } } }';
    const short = await ask('How long do refunds take?');
    await readStream(client, short.answer.id);
    const long = await ask('How long do refunds take?');
    await readStream(client, long.answer.id);
    for (const question of ['What if an item arrives damaged?', 'Where do orders ship from?', 'How long does delivery take?']) {
      const next = await ask(question, long.conversation.id);
      await readStream(client, next.answer.id);
    }
    app.resetQueries();
    await client.ok(VIEW, { id: short.conversation.id });
    const forOne = app.queries.length;
    app.resetQueries();
    const data = await client.ok<{ conversation: { messages: { edges: unknown[] } } }>(VIEW, { id: long.conversation.id });
    expect(data.conversation.messages.edges).toHaveLength(8);
    expect(app.queries.length).toBe(forOne);
  });
});
