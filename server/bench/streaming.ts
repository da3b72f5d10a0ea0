import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { MikroORM } from '@mikro-orm/postgresql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { AnswerChunk, AnswerEngine } from '../src/copilot/engine/answer-engine';
import { ormOptions } from '../src/infra/db/mikro-orm.config';
import { createLogger } from '../src/infra/logging/logger';
import { type AppPubSub, createMemoryPubSub } from '../src/infra/pubsub/pubsub';
import { eventsOf } from '../src/modules/copilot/answer-event-log';
import { AnswerGenerator } from '../src/modules/copilot/answer-generator';
import { Conversation } from '../src/modules/copilot/conversation.entity';
import { MessageRole, MessageStatus } from '../src/modules/copilot/copilot.enums';
import { Message } from '../src/modules/copilot/message.entity';
import { startBenchWsServer } from './ws-bench-server';

/**
 * Streaming at scale: N graphql-ws clients (one socket, one session each) follow N answers produced at once by one
 * server. The answers start once every client listens, then each streams `deltas` words, one every `paceMs` (a
 * model's pace). The figure is publish-to-receive: from the moment the server publishes a stored batch to the moment
 * the client has the event, on one clock (`timeOrigin + now()`; the clients run in a worker thread, so their parsing
 * does not share the server's event loop).
 *
 * Not wired into run.ts: call `benchStreaming(databaseUrl)` with a migrated database, or run
 * `node dist/bench/streaming.js <migrated DATABASE_URL> [clients]`.
 */

export const GOAL_P95_MS = 50;

export interface StreamingOptions {
  clients?: number;
  deltas?: number;
  paceMs?: number;
}

export interface StreamingFigures {
  benchmark: string;
  clients: number;
  eventsMeasured: number;
  eventsMissing: number;
  publishToReceiveMs: { p50: number; p95: number; p99: number; max: number };
  goalP95Ms: number;
  /** Messages published per answer while streaming, and events per message: the write batching at work. */
  batchesPerAnswer: number;
  eventsPerBatch: number;
  seconds: number;
}

interface ClientsInput {
  url: string;
  /** One per answer. */
  tokens: string[];
  answerIds: string[];
}

/** From the worker, at the end: when each event arrived. */
type WorkerMessage = { kind: 'received'; arrivals: Array<[answer: number, seq: number, at: number]> } | { kind: 'failed'; error: string };

const ANSWER_STREAM = 'subscription($messageId: ID!) { answerStream(messageId: $messageId) { seq delta status } }';
const now = () => performance.timeOrigin + performance.now();

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (value: number) => Number(value.toFixed(2));

/** An error graphql-ws hands over: an Error, GraphQL errors, or the socket's close event. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  const close = error as { code?: number; reason?: string };
  if (typeof close?.code === 'number') return `socket closed ${close.code} ${close.reason ?? ''}`;
  // ws's ErrorEvent (a socket that could not open) keeps its cause in non-enumerable fields.
  const event = error as { message?: string; error?: unknown };
  if (typeof event?.message === 'string') return `socket error: ${event.message}`;
  return JSON.stringify(error);
}

/** Sockets opened at a time: a thousand at once overflow the listen backlog (ECONNRESET), which is not what is measured. */
const CONNECT_WAVE = 50;

/** The clients' side, in the worker thread. */
async function runClients({ url, tokens, answerIds }: ClientsInput): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const arrivals: Array<[number, number, number]> = [];
  let finished = 0;
  const follow = (messageId: string, answer: number) =>
    new Promise<void>((connected) => {
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${tokens[answer]}` },
        retryAttempts: 0,
        on: { connected: () => connected() },
      });
      client.subscribe<{ answerStream: { seq: number } }>(
        { query: ANSWER_STREAM, variables: { messageId } },
        {
          next: (result) => {
            const at = now();
            const seq = result.data?.answerStream.seq;
            if (seq === undefined) return port.postMessage({ kind: 'failed', error: JSON.stringify(result) } satisfies WorkerMessage);
            arrivals.push([answer, seq, at]);
          },
          error: (error) => port.postMessage({ kind: 'failed', error: describe(error) } satisfies WorkerMessage),
          complete: () => {
            void client.dispose();
            finished += 1;
            if (finished === answerIds.length) port.postMessage({ kind: 'received', arrivals } satisfies WorkerMessage);
          },
        },
      );
    });
  for (let first = 0; first < answerIds.length; first += CONNECT_WAVE)
    await Promise.all(answerIds.slice(first, first + CONNECT_WAVE).map((id, i) => follow(id, first + i)));
}

/** Answers of `deltas` words, one every `paceMs`, once `go` resolves. */
function pacedEngine(deltas: number, paceMs: number, go: Promise<void>): AnswerEngine {
  return {
    name: 'bench-paced',
    async *answer(request): AsyncGenerator<AnswerChunk> {
      await go;
      for (let i = 1; i <= deltas; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, paceMs));
        if (request.signal?.aborted) return;
        yield { type: 'delta', text: `w${i} ` };
      }
      yield { type: 'citations', citations: [] };
    },
  };
}

/** The app's in-process pub/sub, noting when each answer event is published and when all answers have a listener. */
function timedPubSub(
  inner: AppPubSub,
  publishedAt: Map<string, number>,
  batches: { count: number; events: number },
  listening: { count: number; wanted: number; all: () => void },
): AppPubSub {
  return {
    ...inner,
    subscribe: (topic) => {
      // answerEvents subscribes before its catch-up read: once every answer has one, no event can be missed live.
      if (topic.startsWith('answer:')) {
        listening.count += 1;
        if (listening.count === listening.wanted) listening.all();
      }
      return inner.subscribe(topic);
    },
    publish: (topic, payload) => {
      if (topic.startsWith('answer:')) {
        const at = now();
        const events = eventsOf(payload);
        batches.count += 1;
        batches.events += events.length;
        for (const event of events) publishedAt.set(`${topic.slice('answer:'.length)}#${event.seq}`, at);
      }
      inner.publish(topic, payload);
    },
  };
}

export async function benchStreaming(databaseUrl: string, options: StreamingOptions = {}): Promise<StreamingFigures> {
  const clients = options.clients ?? 1_000;
  const deltas = options.deltas ?? 20;
  const paceMs = options.paceMs ?? 100;
  const orm = await MikroORM.init(ormOptions(databaseUrl, { pool: { min: 0, max: 10 } }));
  const logger = createLogger({ logLevel: 'silent', logPretty: false });
  const publishedAt = new Map<string, number>();
  const batches = { count: 0, events: 0 };
  let go: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    go = resolve;
  });
  const pubSub = timedPubSub(createMemoryPubSub(), publishedAt, batches, { count: 0, wanted: clients, all: () => go() });
  const generator = new AnswerGenerator({
    rootEm: orm.em,
    pubSub,
    engine: pacedEngine(deltas, paceMs, started),
    searchLanguage: 'english',
    logger,
  });
  const server = await startBenchWsServer(orm, databaseUrl, pubSub, generator, logger);
  const { user, workspace } = server;
  const em = orm.em.fork();
  // A session per client, as N browsers would have (one shared session makes every socket touch the same row).
  const tokens = await server.openSessions(clients);
  // Questions stored as askCopilot stores them (the plan's question limit is not what is measured).
  const answerIds: string[] = [];
  for (let i = 0; i < clients; i += 1) {
    const conversation = em.create(Conversation, { workspace, user, title: `Question ${i}` });
    const question = em.create(Message, {
      conversation,
      workspace,
      role: MessageRole.USER,
      content: `Question ${i}?`,
      status: MessageStatus.DONE,
    });
    const answer = em.create(Message, {
      conversation,
      workspace,
      role: MessageRole.ASSISTANT,
      status: MessageStatus.STREAMING,
      question,
      // Answers wait for every client before their first word, longer than the 30 s after which a quiet answer
      // counts as dead: their heartbeat starts ahead.
      heartbeatAt: new Date(Date.now() + 10 * 60_000),
    });
    answerIds.push(answer.id);
  }
  await em.flush();

  const began = now();
  for (const id of answerIds) generator.start(id);
  const worker = new Worker(__filename, {
    workerData: { url: server.url, tokens, answerIds } satisfies ClientsInput,
  });
  try {
    const arrivals = await new Promise<Array<[number, number, number]>>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'received') resolve(message.arrivals);
        else reject(new Error(`a client failed: ${message.error}`));
      });
    });
    const latencies: number[] = [];
    for (const [answer, seq, at] of arrivals) {
      const published = publishedAt.get(`${answerIds[answer]}#${seq}`);
      if (published !== undefined) latencies.push(at - published);
    }
    latencies.sort((a, b) => a - b);
    const expected = clients * (deltas + 2); // the words, the citations and the final status
    return {
      benchmark: `answerStream publish-to-receive: ${clients} graphql-ws clients, ${deltas} words each at ${paceMs} ms`,
      clients,
      eventsMeasured: latencies.length,
      eventsMissing: expected - latencies.length,
      publishToReceiveMs: {
        p50: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies.at(-1) ?? 0),
      },
      goalP95Ms: GOAL_P95_MS,
      batchesPerAnswer: round(batches.count / clients),
      eventsPerBatch: round(batches.events / Math.max(1, batches.count)),
      seconds: round((now() - began) / 1000),
    };
  } finally {
    await worker.terminate();
    go(); // answers still waiting for the clients (one failed) end now
    await generator.drain(5_000);
    await server.close();
    await orm.close();
  }
}

if (!isMainThread) void runClients(workerData as ClientsInput);
else if (require.main === module) {
  const [databaseUrl, clients] = process.argv.slice(2);
  if (!databaseUrl) throw new Error('usage: node dist/bench/streaming.js <migrated DATABASE_URL> [clients]');
  benchStreaming(databaseUrl, { clients: clients ? Number(clients) : undefined }).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
