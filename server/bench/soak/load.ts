import { performance } from 'node:perf_hooks';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  ADD_DOCUMENT,
  ANSWER_STREAM,
  ASK,
  CONVERSATIONS_PAGE,
  DELETE_CONVERSATION,
  DELETE_DOCUMENT,
  DOCUMENTS_PAGE,
  FAVORITE_CONVERSATION,
  MEMBERS_PAGE,
  QUESTIONS,
  RENAME_CONVERSATION,
  SEED_DOCUMENTS,
  scratchDocument,
  WORKSPACE_ID,
  WORKSPACE_USAGE,
} from './operations';
import { type LoadResult, type OperationKind, Tally } from './tally';

/**
 * The soak's clients, in a process of their own (forked by soak.ts) so the server's CPU and memory are its own. One
 * signed-in user, as a browser tab would send it: page queries over HTTP with the session cookie, mutations over
 * HTTP, questions asked over HTTP and followed over graphql-ws (the app's split link), and `subscriptions`
 * workspaceUsage subscriptions held open from start to end on sockets of their own. Each loop runs at a fixed pace
 * (not as fast as it can): a latency that grows then means the server got slower, not that the load grew.
 */

export interface LoadInput {
  url: string;
  sessionToken: string;
  slug: string;
  warmUpMs: number;
  minutes: number;
  subscriptions: number;
}

export type LoadMessage =
  | { kind: 'warmedUp' }
  | { kind: 'minute'; index: number; figures: ReturnType<Tally['minute']> }
  | { kind: 'measured' }
  | { kind: 'done'; result: LoadResult }
  | { kind: 'failed'; error: string };

/** Query loops × their pace: 40 page queries a second, a fraction of what the server answers on 2 free cores. */
const QUERY_LOOPS = 8;
const QUERIES_PER_LOOP_PER_SECOND = 5;
/** A scratch document added then deleted: 2 mutations a second. */
const DOCUMENT_LOOPS_PER_SECOND = 1;
/** A question a second, each followed by rename, favourite and delete of its conversation. */
const QUESTION_LOOPS = 2;
const QUESTIONS_PER_LOOP_PER_SECOND = 0.5;
/** A held subscription per socket: graphql-ws allows 20 operations per connection. */
const SUBSCRIPTIONS_PER_SOCKET = 10;
/** An answer of the extractive engine takes well under a second; one that has not ended by then has stalled. */
const ANSWER_STALLED_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const send = (message: LoadMessage) => process.send?.(message);

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}`;
  const close = error as { code?: number; reason?: string };
  if (typeof close?.code === 'number') return `socket closed ${close.code} ${close.reason ?? ''}`;
  return JSON.stringify(error);
}

async function soak(input: LoadInput): Promise<void> {
  const tally = new Tally(input.minutes);
  /** Set once everything is connected: warm-up is load, not set-up. */
  let measureEndsAt = Number.POSITIVE_INFINITY;
  const counts = tally.result;
  let stopping = false;
  const headers = { 'content-type': 'application/json', cookie: `__Host-askbase_session=${input.sessionToken}` };

  /** One GraphQL request over HTTP: every outcome counted, the data when there is some and no error. */
  async function gql<T>(kind: OperationKind, query: string, variables: Record<string, unknown>): Promise<T | undefined> {
    const started = performance.now();
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${input.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      status = response.status;
      text = await response.text();
    } catch (error) {
      counts.transportErrors += 1;
      tally.sample(`transport: ${describe(error)}`);
      return undefined;
    }
    tally.latency(kind, started, performance.now() - started);
    if (status >= 500) {
      counts.http5xx += 1;
      tally.sample(`HTTP ${status}: ${text}`);
      return undefined;
    }
    if (status < 200 || status >= 300) {
      counts.httpOtherNon2xx += 1;
      tally.sample(`HTTP ${status}: ${text}`);
      return undefined;
    }
    const json = JSON.parse(text) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    for (const error of json.errors ?? []) tally.graphqlError(error.extensions?.code ?? 'UNKNOWN', error.message);
    return json.errors ? undefined : json.data;
  }

  /** `step` every 1/perSecond seconds until the measured period ends; a slow step is not made up for with a burst. */
  async function paced(perSecond: number, step: () => Promise<void>): Promise<void> {
    const interval = 1000 / perSecond;
    // Loops start spread over one interval, not all on the same millisecond.
    await sleep(Math.random() * interval);
    let next = performance.now();
    while (performance.now() < measureEndsAt) {
      await step();
      next += interval;
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      else next = performance.now();
    }
  }

  const workspace = await gql<{ workspace: { id: string } | null }>('query', WORKSPACE_ID, { slug: input.slug });
  const workspaceId = workspace?.workspace?.id;
  if (!workspaceId) throw new Error(`the session cannot read workspace ${input.slug}: ${JSON.stringify(counts.samples)}`);
  for (const document of SEED_DOCUMENTS) {
    if (!(await gql('mutation', ADD_DOCUMENT, { workspaceId, input: document })))
      throw new Error(`seeding a document failed: ${JSON.stringify(counts.samples)}`);
  }

  const wsClient = (): Client =>
    createClient({
      url: `${input.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${input.sessionToken}` },
      retryAttempts: 0,
      lazy: false,
      on: {
        closed: (event) => {
          if (stopping) return;
          counts.subscriptionErrors += 1;
          tally.sample(`a socket closed during the soak: ${describe(event)}`);
        },
      },
    });

  // The held subscriptions: each must get its first event, then every change, and never end or fail.
  const heldSockets: Client[] = [];
  const held: Array<Promise<void>> = [];
  for (let first = 0; first < input.subscriptions; first += SUBSCRIPTIONS_PER_SOCKET) {
    const client = wsClient();
    heldSockets.push(client);
    for (let i = first; i < Math.min(input.subscriptions, first + SUBSCRIPTIONS_PER_SOCKET); i += 1) {
      held.push(
        new Promise<void>((firstEvent) => {
          client.subscribe(
            { query: WORKSPACE_USAGE, variables: { workspaceId } },
            {
              next: (result) => {
                if (result.errors) {
                  counts.subscriptionErrors += 1;
                  tally.sample(`workspaceUsage: ${JSON.stringify(result.errors)}`);
                } else counts.usageEvents += 1;
                firstEvent();
              },
              error: (error) => {
                counts.subscriptionErrors += 1;
                tally.sample(`workspaceUsage error: ${describe(error)}`);
                firstEvent();
              },
              complete: () => {
                if (stopping) return;
                counts.subscriptionErrors += 1;
                tally.sample('workspaceUsage completed during the soak');
              },
            },
          );
        }),
      );
    }
  }
  await Promise.all(held);
  counts.subscriptionsHeld = held.length;

  const answers = wsClient();
  /** Follows an answer to its end over graphql-ws: the time from the question to the final status. */
  const followAnswer = (messageId: string, askedAt: number) =>
    new Promise<void>((ended) => {
      let status = 'STREAMING';
      const fail = (what: string) => {
        counts.subscriptionErrors += 1;
        tally.sample(`answerStream ${messageId}: ${what}`);
        ended();
      };
      const stalled = setTimeout(() => {
        unsubscribe();
        fail(`no final event after ${ANSWER_STALLED_MS / 1000} s`);
      }, ANSWER_STALLED_MS);
      const unsubscribe = answers.subscribe<{ answerStream: { status: string; error: string | null } }>(
        { query: ANSWER_STREAM, variables: { messageId } },
        {
          next: (result) => {
            if (result.errors) return fail(JSON.stringify(result.errors));
            status = result.data?.answerStream.status ?? status;
            if (status === 'FAILED') tally.sample(`answer ${messageId} FAILED: ${result.data?.answerStream.error}`);
          },
          error: (error) => {
            clearTimeout(stalled);
            fail(describe(error));
          },
          complete: () => {
            clearTimeout(stalled);
            tally.latency('question', askedAt, performance.now() - askedAt);
            if (status === 'FAILED') counts.answersFailed += 1;
            else counts.answersDone += 1;
            ended();
          },
        },
      );
    });

  let queryTurn = 0;
  const pageQuery = async () => {
    queryTurn += 1;
    if (queryTurn % 3 === 0) await gql('query', MEMBERS_PAGE, { slug: input.slug });
    else if (queryTurn % 3 === 1) await gql('query', DOCUMENTS_PAGE, { workspaceId });
    else await gql('query', CONVERSATIONS_PAGE, { workspaceId });
  };
  let scratch = 0;
  const documentRoundTrip = async () => {
    scratch += 1;
    const added = await gql<{ addDocument: { id: string } }>('mutation', ADD_DOCUMENT, { workspaceId, input: scratchDocument(scratch) });
    if (added) await gql('mutation', DELETE_DOCUMENT, { id: added.addDocument.id });
  };
  let asked = 0;
  const question = async () => {
    asked += 1;
    const askedAt = performance.now();
    const payload = await gql<{ askCopilot: { conversation: { id: string }; answer: { id: string } } }>('mutation', ASK, {
      input: { workspaceId, question: QUESTIONS[asked % QUESTIONS.length] },
    });
    if (!payload) return;
    await followAnswer(payload.askCopilot.answer.id, askedAt);
    const id = payload.askCopilot.conversation.id;
    await gql('mutation', RENAME_CONVERSATION, { id, title: `Soak question ${asked}` });
    await gql('mutation', FAVORITE_CONVERSATION, { id, favorite: true });
    await gql('mutation', DELETE_CONVERSATION, { id });
  };

  const measureStartsAt = performance.now() + input.warmUpMs;
  tally.measureStartsAt = measureStartsAt;
  measureEndsAt = measureStartsAt + input.minutes * 60_000;
  let progress: NodeJS.Timeout | undefined;
  const warmedUp = setTimeout(() => {
    send({ kind: 'warmedUp' });
    let minute = 0;
    progress = setInterval(() => {
      if (minute < input.minutes) send({ kind: 'minute', index: minute, figures: tally.minute(minute) });
      minute += 1;
    }, 60_000);
  }, input.warmUpMs);
  await Promise.all([
    ...Array.from({ length: QUERY_LOOPS }, () => paced(QUERIES_PER_LOOP_PER_SECOND, pageQuery)),
    paced(DOCUMENT_LOOPS_PER_SECOND, documentRoundTrip),
    ...Array.from({ length: QUESTION_LOOPS }, () => paced(QUESTIONS_PER_LOOP_PER_SECOND, question)),
  ]);
  clearTimeout(warmedUp);
  clearInterval(progress);
  send({ kind: 'measured' });
  stopping = true;
  await Promise.all([...heldSockets, answers].map((client) => client.dispose()));
  send({ kind: 'done', result: tally.final() });
}

// The bench process ends this one once it has the result (an exit here could drop the message on its way).
process.once('message', (input: LoadInput) => {
  soak(input).catch((error: unknown) =>
    send({ kind: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
