import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ASK, workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { waitFor } from '../../../test/wait-for';
import { createMemoryPubSub } from '../../infra/pubsub/pubsub';
import { answerTopic } from './answer-event.types';
import { AnswerEventInserter } from './answer-event-inserter';
import { type AnswerEventBatch, AnswerEventLog } from './answer-event-log';
import { MessageRole, MessageStatus } from './copilot.enums';
import { Message } from './message.entity';

let app: TestApp;
let conversation: { id: string; workspaceId: string; questionId: string };

beforeAll(async () => {
  app = await startTestApp();
  const client = app.client();
  await signUp(client);
  const workspaceId = await workspaceOf(client);
  const asked = await client.ok<{ askCopilot: { conversation: { id: string }; question: { id: string }; answer: { id: string } } }>(ASK, {
    input: { workspaceId, question: 'Anything?' },
  });
  // Its answer's own writes are over before the tests count statements.
  const answerId = asked.askCopilot.answer.id;
  await waitFor(
    async () => (await app.sql<{ status: string }>('select status from messages where id = ?', [answerId]))[0]?.status === 'DONE',
    {
      description: 'the first answer to finish',
    },
  );
  conversation = { id: asked.askCopilot.conversation.id, workspaceId, questionId: asked.askCopilot.question.id };
});
afterAll(async () => {
  await app.close();
});

/** A fresh STREAMING answer row in the test's conversation, with no events yet. */
async function newAnswer(id: string = randomUUID()): Promise<string> {
  const em = app.orm.em.fork();
  em.create(Message, {
    id,
    conversation: conversation.id,
    workspace: conversation.workspaceId,
    role: MessageRole.ASSISTANT,
    status: MessageStatus.STREAMING,
    question: conversation.questionId,
  });
  await em.flush();
  return id;
}

const delta = (text: string) => ({ delta: text, citations: null, status: MessageStatus.STREAMING, error: null });
const storedSeqs = async (messageId: string) =>
  (await app.sql<{ seq: number }>('select seq from answer_events where message_id = ? order by seq', [messageId])).map((row) => row.seq);
/** Only timed writes would flush this policy's batches: none happens within a test. */
const NO_TIMER = { maxDelayMs: 600_000, maxEvents: 3 };

/** Another session holds answer_events: INSERTs wait for it, in PostgreSQL, until `release()`. */
async function holdEventsTable() {
  const holder = new pg.Client({ connectionString: app.database.url });
  await holder.connect();
  await holder.query('begin');
  await holder.query('lock table answer_events in exclusive mode');
  return {
    insertWaiting: () =>
      waitFor(
        async () =>
          (
            await holder.query(
              `select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like 'insert into "answer_events"%'`,
            )
          ).rowCount,
        { description: 'an INSERT to wait for the lock' },
      ),
    release: async () => {
      await holder.query('commit');
      await holder.end();
    },
  };
}

describe('AnswerEventLog', () => {
  it('publishes a batch only once it is stored: while its INSERT waits, listeners have nothing', async () => {
    const messageId = await newAnswer();
    const pubSub = createMemoryPubSub();
    const live = pubSub.subscribe(answerTopic(messageId));
    const received = live.next();
    let published = false;
    void received.then(() => {
      published = true;
    });
    const log = new AnswerEventLog(new AnswerEventInserter(app.orm.em.fork()), pubSub, messageId, NO_TIMER);
    const table = await holdEventsTable();
    const written = log.add(delta('Hello'), { flush: true });
    try {
      await table.insertWaiting();
      // A batch published before its INSERT would have reached the listener long before the INSERT was seen waiting.
      expect(published).toBe(false);
    } finally {
      await table.release();
    }
    await written;
    expect(((await received).value as AnswerEventBatch).events).toEqual([{ seq: 1, ...delta('Hello') }]);
    expect(await storedSeqs(messageId)).toEqual([1]);
    await live.return?.();
  });

  it('writes a full batch in one INSERT and publishes it as one message, in seq order', async () => {
    const messageId = await newAnswer();
    const pubSub = createMemoryPubSub();
    const live = pubSub.subscribe(answerTopic(messageId));
    const received = live.next();
    const log = new AnswerEventLog(new AnswerEventInserter(app.orm.em.fork()), pubSub, messageId, NO_TIMER);
    app.resetQueries();
    await log.add(delta('a '));
    await log.add(delta('b '));
    expect(await storedSeqs(messageId)).toEqual([]);
    await log.add(delta('c '));
    expect(((await received).value as AnswerEventBatch).events.map((event) => [event.seq, event.delta])).toEqual([
      [1, 'a '],
      [2, 'b '],
      [3, 'c '],
    ]);
    expect(app.queries.filter((query) => query.includes('insert into "answer_events"'))).toHaveLength(1);
    await live.return?.();
  });

  it('stores every field as given: text with quotes, backslashes and emoji, citations, a final status with its error', async () => {
    const messageId = await newAnswer();
    const citations = [
      {
        index: 1,
        passageId: randomUUID(),
        documentId: randomUUID(),
        documentTitle: 'Refunds "2026"',
        heading: null,
        passage: 'Back\\slash',
        quotes: ['a "b"'],
        page: 3,
        position: null,
      },
    ];
    const events = [
      { delta: `It's "quoted", back\\slashed, 🎉 and {"json": 1} `, citations: null, status: MessageStatus.STREAMING, error: null },
      { delta: null, citations, status: MessageStatus.STREAMING, error: null },
      { delta: null, citations: null, status: MessageStatus.FAILED, error: 'The model said: "no"' },
    ];
    const log = new AnswerEventLog(new AnswerEventInserter(app.orm.em.fork()), createMemoryPubSub(), messageId, NO_TIMER);
    for (const event of events) await log.add(event);
    const rows = await app.sql<{ seq: number; delta: string | null; citations: unknown; status: string; error: string | null }>(
      'select seq, delta, citations, status, error from answer_events where message_id = ? order by seq',
      [messageId],
    );
    expect(rows).toEqual(events.map((event, i) => ({ seq: i + 1, ...event })));
  });

  it('keeps the events of a failed write queued and writes them, gapless, with the next one', async () => {
    // The answer row does not exist yet: the first INSERT breaks its foreign key.
    const messageId = randomUUID();
    const log = new AnswerEventLog(new AnswerEventInserter(app.orm.em.fork()), createMemoryPubSub(), messageId, NO_TIMER);
    await log.add(delta('a '));
    await expect(log.add(delta('b '), { flush: true })).rejects.toThrow();
    await newAnswer(messageId);
    await log.add({ delta: null, citations: null, status: MessageStatus.DONE, error: null }, { flush: true });
    expect(await storedSeqs(messageId)).toEqual([1, 2, 3]);
  });

  it('groups the batches of answers written at once into one INSERT; a row that fails fails only its own answer', async () => {
    const connection = app.orm.em.getConnection();
    const execute = vi.spyOn(connection, 'execute');
    onTestFinished(() => execute.mockRestore());
    const inserter = new AnswerEventInserter(app.orm.em.fork());
    const pubSub = createMemoryPubSub();
    const [first, second] = [await newAnswer(), await newAnswer()];
    // The third answer's row does not exist: its events break the foreign key.
    const missing = randomUUID();
    const table = await holdEventsTable();
    const leading = new AnswerEventLog(inserter, pubSub, first, NO_TIMER).add(delta('first '), { flush: true });
    let grouped: Array<Promise<unknown>> = [];
    try {
      await table.insertWaiting();
      // Both wait behind the INSERT in flight, and then go together.
      grouped = [second, missing].map((id) =>
        new AnswerEventLog(inserter, pubSub, id, NO_TIMER).add(delta('later '), { flush: true }).then(
          () => 'stored',
          () => 'failed',
        ),
      );
    } finally {
      await table.release();
    }
    await leading;
    expect(await Promise.all(grouped)).toEqual(['stored', 'failed']);
    expect(await storedSeqs(first)).toEqual([1]);
    expect(await storedSeqs(second)).toEqual([1]);
    // Rows per INSERT: the leading one, the pair together (refused for the missing answer), then each of the pair
    // alone. The rows travel as one JSON parameter, so they are counted there.
    const rowsPerInsert = execute.mock.calls
      .filter(([query]) => String(query).includes('insert into "answer_events"'))
      .map(([, params]) => (JSON.parse(String((params as unknown[])[0])) as unknown[]).length);
    expect(rowsPerInsert).toEqual([1, 2, 1, 1]);
  });
});
