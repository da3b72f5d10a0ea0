import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, ANSWER_STREAM, ASK, REFUND_POLICY, readStream, type StreamedEvent, workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import { type GraphQLTestClient, openSubscription } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { waitFor } from '../../../test/wait-for';
import { createExtractiveEngine } from '../../copilot/engine/extractive-engine';
import { GatedEngine } from '../../copilot/engine/testing/gated-engine';

let app: TestApp;
let client: GraphQLTestClient;
let workspaceId: string;
// The built-in engine behind a latch: answers flow freely unless a test closes it and releases chunks one by one,
// so "half-way through an answer" is a point the test chooses, not a race against a word delay.
const engine = new GatedEngine(createExtractiveEngine());

beforeAll(async () => {
  app = await startTestApp({}, { engine });
  client = app.client();
  await signUp(client);
  workspaceId = await workspaceOf(client);
  await client.ok(ADD_DOCUMENT, { workspaceId, input: { title: 'Customer policies', text: REFUND_POLICY } });
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  engine.latch.open();
});

const ask = async (question: string, conversationId?: string) =>
  (
    await client.ok<{ askCopilot: { conversation: { id: string; title: string }; answer: { id: string; status: string } } }>(ASK, {
      input: { workspaceId, question, conversationId },
    })
  ).askCopilot;

const STOP = 'mutation($id: ID!) { stopAnswer(messageId: $id) { status content } }';
const REGENERATE = 'mutation($id: ID!) { regenerateAnswer(messageId: $id) { conversation { id } question { content } answer { id } } }';
const textOf = (events: Array<{ delta: string | null }>) => events.map((e) => e.delta ?? '').join('');

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

  it('catches up after a reconnect mid-answer: events after afterSeq, none lost or repeated', async () => {
    engine.latch.close();
    const asked = await ask('What happens if an item arrives damaged?');
    engine.latch.release(3);
    const first = await readStream(client, asked.answer.id, 0, 3);
    expect(first.events.map((e) => [e.seq, e.status])).toEqual([
      [1, 'STREAMING'],
      [2, 'STREAMING'],
      [3, 'STREAMING'],
    ]);
    // The fourth chunk waits at the latch: the answer is still being produced when the client comes back.
    await engine.latch.arrival();
    expect((await finalMessage(asked.answer.id))?.status).toBe('STREAMING');
    const reconnected = readStream(client, asked.answer.id, 3);
    engine.latch.open();
    const rest = await reconnected;
    const all = [...first.events, ...rest.events];
    expect(rest.events[0]?.seq).toBe(4);
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(all.at(-1)?.status).toBe('DONE');
    expect(textOf(all)).toBe((await finalMessage(asked.answer.id))?.content);
    // A finished answer replays from the table alone.
    const replay = await readStream(client, asked.answer.id, 0);
    expect(replay.events).toEqual(all);
  });

  it('catches up exactly from every seq of an answer whose events are written in batches', async () => {
    engine.latch.close();
    const asked = await ask('Tell me everything about refunds, damaged items and shipping times in Europe.');
    const ws = client.websocket();
    const primary = openSubscription<{ data?: { answerStream: StreamedEvent } }>(ws, ANSWER_STREAM, { messageId: asked.answer.id });
    // Chunks are released faster than the primary reads them, so each reconnect below starts while later events
    // wait in a batch not yet written, are being written, or were just published.
    engine.latch.release(2);
    const all: StreamedEvent[] = [];
    const reconnects: Array<{ afterSeq: number; rest: ReturnType<typeof readStream> }> = [];
    for (let next = await primary.next(); !next.done && next.value?.data; next = await primary.next()) {
      const event = next.value.data.answerStream;
      all.push(event);
      if (event.status !== 'STREAMING') break;
      reconnects.push({ afterSeq: event.seq, rest: readStream(client, asked.answer.id, event.seq) });
      engine.latch.release(2);
    }
    primary.dispose();
    await ws.dispose();
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(all.at(-1)?.status).toBe('DONE');
    expect(reconnects.length).toBeGreaterThan(3);
    for (const { afterSeq, rest } of reconnects) expect((await rest).events).toEqual(all.slice(afterSeq));
  });

  it('refuses afterSeq beyond the end with BAD_USER_INPUT', async () => {
    const asked = await ask('Where do orders ship from?');
    const { events } = await readStream(client, asked.answer.id);
    const beyond = await readStream(client, asked.answer.id, events.length + 5);
    expect(beyond.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stops an answer half-way and keeps exactly the text streamed so far as STOPPED', async () => {
    engine.latch.close();
    const asked = await ask('Tell me everything about refunds, damaged items and shipping times in Europe.');
    engine.latch.release(2);
    const head = await readStream(client, asked.answer.id, 0, 2);
    expect(head.events.map((e) => e.status)).toEqual(['STREAMING', 'STREAMING']);
    const headText = textOf(head.events);
    expect(headText).not.toBe('');
    // The third chunk is ready and held: the stop lands mid-answer, whatever the machine's speed.
    await engine.latch.arrival();
    const stopped = await client.ok<{ stopAnswer: { status: string; content: string } }>(STOP, { id: asked.answer.id });
    expect(stopped.stopAnswer).toEqual({ status: 'STOPPED', content: headText });
    expect(engine.latch.waiting).toBe(0); // the held chunk was dropped, not sent later
    const all = await readStream(client, asked.answer.id, 0);
    expect(all.events.map((e) => e.status)).toEqual(['STREAMING', 'STREAMING', 'STOPPED']);
    expect(textOf(all.events)).toBe(headText);
    expect(await finalMessage(asked.answer.id)).toEqual({ content: headText, status: 'STOPPED' });
    const again = await client.request(STOP, { id: asked.answer.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('regenerates a new answer to the same question in the same conversation', async () => {
    const asked = await ask('How long does delivery take?');
    expect((await readStream(client, asked.answer.id)).events.at(-1)?.status).toBe('DONE');
    const again = await client.ok<{
      regenerateAnswer: { conversation: { id: string }; question: { content: string }; answer: { id: string } };
    }>(REGENERATE, { id: asked.answer.id });
    expect(again.regenerateAnswer.conversation.id).toBe(asked.conversation.id);
    expect(again.regenerateAnswer.question.content).toBe('How long does delivery take?');
    expect(again.regenerateAnswer.answer.id).not.toBe(asked.answer.id);
    const { events } = await readStream(client, again.regenerateAnswer.answer.id);
    expect(events.at(-1)?.status).toBe('DONE');
    expect(textOf(events)).toMatch(/3 to 5 days/);
  });

  it('refuses to regenerate an answer that is still streaming, and regenerates it once stopped', async () => {
    engine.latch.close();
    const asked = await ask('Where do orders ship from?');
    await engine.latch.arrival(); // its first chunk is held: the answer is STREAMING for as long as the test likes
    const early = await client.request(REGENERATE, { id: asked.answer.id });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'messageId' }] });
    const stopped = await client.ok<{ stopAnswer: { status: string; content: string } }>(STOP, { id: asked.answer.id });
    expect(stopped.stopAnswer).toEqual({ status: 'STOPPED', content: '' });
    engine.latch.open();
    const again = await client.ok<{ regenerateAnswer: { conversation: { id: string }; answer: { id: string } } }>(REGENERATE, {
      id: asked.answer.id,
    });
    expect(again.regenerateAnswer.conversation.id).toBe(asked.conversation.id);
    const { events } = await readStream(client, again.regenerateAnswer.answer.id);
    expect(events.at(-1)?.status).toBe('DONE');
    expect(textOf(events)).toMatch(/Lyon/);
    expect((await finalMessage(asked.answer.id))?.status).toBe('STOPPED');
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

  it('keeps the heartbeat of an answer whose engine is silent, so a live answer never looks stale', async () => {
    engine.latch.close();
    const asked = await ask('Where do orders ship from?');
    await engine.latch.arrival(); // the engine holds its first chunk: nothing is written for as long as the test likes
    const heartbeatOf = async () =>
      new Date(
        (await app.sql<{ heartbeat_at: Date }>('select heartbeat_at from messages where id = ?', [asked.answer.id]))[0]?.heartbeat_at ?? 0,
      );
    const before = await heartbeatOf();
    try {
      await waitFor(async () => (await heartbeatOf()) > before, { description: 'the heartbeat touched while the engine is silent' });
    } finally {
      engine.latch.open();
    }
    const { events } = await readStream(client, asked.answer.id);
    expect(events.at(-1)?.status).toBe('DONE');
  });

  it('touches the heartbeats of all the answers an instance produces in one statement, not one per answer', async () => {
    engine.latch.close();
    const asked = [await ask('Where do orders ship from?'), await ask('How long do refunds take?'), await ask('Is shipping free?')];
    for (let i = 0; i < asked.length; i += 1) await engine.latch.arrival(); // every engine holds its first chunk
    const heartbeats = async () =>
      app.sql<{ heartbeat_at: Date }>(
        'select heartbeat_at from messages where id in (?, ?, ?)',
        asked.map((a) => a.answer.id),
      );
    const before = Math.max(...(await heartbeats()).map((row) => new Date(row.heartbeat_at).getTime()));
    app.resetQueries();
    try {
      await waitFor(async () => (await heartbeats()).every((row) => new Date(row.heartbeat_at).getTime() > before), {
        description: 'every heartbeat touched while the engines are silent',
      });
    } finally {
      engine.latch.open();
    }
    const grouped = app.queries.filter((query) => query.includes('from json_to_recordset(')).length;
    const single = app.queries.filter((query) => query.includes('update "messages" set "content"')).length;
    expect(grouped).toBeGreaterThan(0);
    expect(single).toBe(0);
    for (const { answer } of asked) expect((await readStream(client, answer.id)).events.at(-1)?.status).toBe('DONE');
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

  it("answers with the pages' words when the question spells one the other national way", async () => {
    const american = app.client();
    await signUp(american);
    const ownWorkspace = await workspaceOf(american);
    await american.ok(ADD_DOCUMENT, {
      workspaceId: ownWorkspace,
      input: {
        title: 'Blame',
        text: '# Highlighting\n\nLines from the same commit as the line above are highlighted in the blame output. Blame shows each line with its commit, author and date. Repeated lines are shown in cyan color.',
      },
    });
    const { askCopilot } = await american.ok<{ askCopilot: { answer: { id: string } } }>(ASK, {
      input: { workspaceId: ownWorkspace, question: 'What colour are lines from the same commit as the line above?' },
    });
    const { events } = await readStream(american, askCopilot.answer.id);
    expect(textOf(events)).toMatch(/cyan/);
  });

  it('lists every answer after the question it answers, though both are stored in the same instant', async () => {
    const LIST = 'query($id: ID!) { conversation(id: $id) { messages { edges { node { role content } } } } }';
    const questions = Array.from({ length: 12 }, (_, i) => `How long do refunds take (${i + 1})?`);
    let conversationId: string | undefined;
    for (const question of questions) conversationId = (await ask(question, conversationId)).conversation.id;
    const data = await client.ok<{ conversation: { messages: { edges: Array<{ node: { role: string; content: string } }> } } }>(LIST, {
      id: conversationId,
    });
    const listed = data.conversation.messages.edges.map(({ node }) => node);
    expect(listed.map((message) => message.role)).toEqual(questions.flatMap(() => ['USER', 'ASSISTANT']));
    expect(listed.filter((message) => message.role === 'USER').map((message) => message.content)).toEqual(questions);
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
    const forOne = app.operationQueries.length;
    expect(forOne).toBeGreaterThan(0);
    app.resetQueries();
    const data = await client.ok<{ conversation: { messages: { edges: unknown[] } } }>(VIEW, { id: long.conversation.id });
    expect(data.conversation.messages.edges).toHaveLength(8);
    expect(app.operationQueries.length).toBe(forOne);
  });
});
