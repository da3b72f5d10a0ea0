import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

/** What the server does with the next request. */
export type Scenario =
  | {
      kind: 'stream';
      tokens: string[];
      /** Pause before each token. */
      delayMs?: number;
      /** After the tokens: finish properly, destroy the socket, or go silent with the response open. */
      ending?: 'done' | 'close' | 'hang';
      /** Raw lines written before the first token (not SSE-framed by the server). */
      rawBefore?: string;
      /** After `after` tokens, wait until `until` settles before writing the rest: a latch the test opens. */
      hold?: { after: number; until: Promise<unknown> };
    }
  | { kind: 'error'; status: number; body: unknown }
  | { kind: 'hang' }
  | { kind: 'json'; content: string };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** Tokens written to the socket so far. */
  tokensWritten: number;
  /** Resolves once the connection is closed, whoever closed it. */
  closed: Promise<void>;
  /** Whether the client went away before the response was complete. */
  closedEarly: boolean;
}

export interface OpenAISseServer {
  /** Base URL with the API version, as configured in LLM_BASE_URL: "http://127.0.0.1:PORT/v1". */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues the behaviour of the next request (requests without a queued scenario get a short answer). */
  next(scenario: Scenario): void;
  /** Resolves with the nth request (0-based) once it has arrived. */
  request(index: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const CREATED = 1_700_000_000;

function chunk(model: string, delta: ChatCompletionChunk.Choice.Delta, finish: ChatCompletionChunk.Choice['finish_reason']): string {
  const body: ChatCompletionChunk = {
    id: 'chatcmpl-askbase-test',
    object: 'chat.completion.chunk',
    created: CREATED,
    model,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function play(scenario: Scenario, model: string, res: http.ServerResponse, record: RecordedRequest): Promise<void> {
  switch (scenario.kind) {
    case 'hang':
      return; // headers never sent: the client waits for its first byte
    case 'error':
      res.writeHead(scenario.status, { 'content-type': typeof scenario.body === 'string' ? 'text/html' : 'application/json' });
      res.end(typeof scenario.body === 'string' ? scenario.body : JSON.stringify(scenario.body));
      return;
    case 'json':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-askbase-test',
          object: 'chat.completion',
          created: CREATED,
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: scenario.content }, finish_reason: 'stop' }],
        }),
      );
      return;
    case 'stream': {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      if (scenario.rawBefore) res.write(scenario.rawBefore);
      res.write(chunk(model, { role: 'assistant', content: '' }, null));
      for (const [index, token] of scenario.tokens.entries()) {
        if (scenario.hold && index === scenario.hold.after) await scenario.hold.until;
        if (scenario.delayMs) await wait(scenario.delayMs);
        if (res.destroyed) return; // the client went away: stop like a real server would
        res.write(chunk(model, { content: token }, null));
        record.tokensWritten++;
      }
      if (scenario.ending === 'close') {
        // Like a crashed server: what was written reaches the client, then the connection drops mid-response.
        await new Promise<void>((resolve) => res.write('', () => resolve()));
        res.socket?.destroy();
      } else if (scenario.ending !== 'hang') {
        res.write(chunk(model, {}, 'stop'));
        res.end('data: [DONE]\n\n');
      }
    }
  }
}

/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks OpenAI's streaming chat completions protocol, scripted
 * per request: tokens with delays, HTTP errors with OpenAI error bodies, garbage, silence, a socket closed mid-answer.
 */
export async function startOpenAISseServer(): Promise<OpenAISseServer> {
  const scenarios: Scenario[] = [];
  const requests: RecordedRequest[] = [];
  const waiters: Array<{ index: number; resolve: (request: RecordedRequest) => void }> = [];

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const piece of req) chunks.push(piece as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Recorded as text; the tests assert on it.
    }
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
      tokensWritten: 0,
      closed: once(res, 'close').then(() => undefined),
      closedEarly: false,
    };
    res.on('close', () => {
      record.closedEarly = !res.writableFinished;
    });
    requests.push(record);
    for (const waiter of waiters.filter((candidate) => candidate.index === requests.length - 1)) waiter.resolve(record);
    const model = typeof body === 'object' && body !== null && 'model' in body ? String(body.model) : 'unknown';
    await play(scenarios.shift() ?? { kind: 'stream', tokens: ['Hello.'] }, model, res, record);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    next: (scenario) => scenarios.push(scenario),
    request: (index) => {
      const arrived = requests[index];
      return arrived ? Promise.resolve(arrived) : new Promise((resolve) => waiters.push({ index, resolve }));
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
