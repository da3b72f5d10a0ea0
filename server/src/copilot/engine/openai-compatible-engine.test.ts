import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerChunk, AnswerEngine, RetrievedPassage } from './answer-engine';
import { EngineFailedError, isAbortError } from './engine-errors';
import { createOpenAICompatibleEngine } from './openai-compatible-engine';
import { type OpenAISseServer, startOpenAISseServer } from './testing/openai-sse-server';

const passage = (id: string, title: string, heading: string | null, content: string): RetrievedPassage => ({
  id,
  documentId: `doc-${id}`,
  documentTitle: title,
  heading,
  content,
  rank: 1,
});

const PASSAGES = [
  passage('p1', 'Refund policy', 'Refund policy > Eligibility', 'Refunds are possible within 30 days.'),
  passage('p2', 'Refund policy', 'Refund policy > Processing times', 'Refunds arrive within 5 to 10 business days.'),
  passage('p3', 'Employee handbook', null, 'Every employee receives 25 days of vacation.'),
];

let server: OpenAISseServer;
beforeAll(async () => {
  server = await startOpenAISseServer();
});
afterAll(async () => {
  await server.close();
});

function engineFor(overrides: { timeoutMs?: number; idleTimeoutMs?: number; apiKey?: string; baseUrl?: string } = {}): AnswerEngine {
  return createOpenAICompatibleEngine({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5_000, ...overrides });
}

function ask(engine: AnswerEngine, signal = new AbortController().signal, question = 'How long do refunds take?') {
  return engine.answer({ question, passages: PASSAGES, signal, history: [] });
}

async function collect(iterable: AsyncIterable<AnswerChunk>) {
  const chunks: AnswerChunk[] = [];
  for await (const chunk of iterable) chunks.push(chunk);
  return {
    chunks,
    text: chunks.flatMap((chunk) => (chunk.type === 'delta' ? [chunk.text] : [])).join(''),
    citations: chunks.at(-1)?.type === 'citations' ? chunks.at(-1) : null,
  };
}

async function failure(iterable: AsyncIterable<AnswerChunk>): Promise<{ error: unknown; received: AnswerChunk[] }> {
  const received: AnswerChunk[] = [];
  try {
    for await (const chunk of iterable) received.push(chunk);
  } catch (error) {
    return { error, received };
  }
  throw new Error(`expected the answer to fail; it gave ${JSON.stringify(received)}`);
}

describe('OpenAI-compatible engine: answers', () => {
  it('streams the tokens in order and ends with the citations it used, renumbered by first use', async () => {
    server.next({ kind: 'stream', tokens: ['Refunds ', 'arrive within ', '5 to 10 business days ', '[2]', ', once approved [1].'] });
    const { chunks, text, citations } = await collect(ask(engineFor()));
    expect(text).toBe('Refunds arrive within 5 to 10 business days [1], once approved [2].');
    expect(chunks.filter((chunk) => chunk.type === 'delta').length).toBeGreaterThanOrEqual(4);
    expect(citations).toEqual({
      type: 'citations',
      citations: [
        { index: 1, passageId: 'p2' },
        { index: 2, passageId: 'p1' },
      ],
    });
  });

  it('assembles a citation marker split across chunks, and ignores numbers that match no passage', async () => {
    server.next({ kind: 'stream', tokens: ['Vacation is 25 days [', '3', '] (see also [', '7]).'] });
    const { text, citations } = await collect(ask(engineFor()));
    expect(text).toBe('Vacation is 25 days [1] (see also [7]).');
    expect(citations).toEqual({ type: 'citations', citations: [{ index: 1, passageId: 'p3' }] });
  });

  it('sends a retrieval-augmented prompt with numbered passages, the history and the key', async () => {
    server.next({ kind: 'stream', tokens: ['OK'] });
    const history = [
      { role: 'user' as const, content: 'Do we refund?' },
      { role: 'assistant' as const, content: 'Yes, within 30 days [1].' },
    ];
    await collect(
      engineFor({ apiKey: 'sk-test' }).answer({
        question: 'And how fast?',
        passages: PASSAGES,
        history,
        signal: new AbortController().signal,
      }),
    );
    const request = server.requests.at(-1);
    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    const body = request?.body as { model: string; stream: boolean; messages: Array<{ role: string; content: string }> };
    expect(body).toMatchObject({ model: 'test-model', stream: true });
    expect(body.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(body.messages[0]?.content).toContain('cite the passages');
    expect(body.messages[0]?.content).toContain("I could not find this in the workspace's documents.");
    expect(body.messages[2]?.content).toBe('Yes, within 30 days.');
    const last = body.messages[3]?.content ?? '';
    expect(last).toContain('[1] Refund policy — Refund policy > Eligibility\nRefunds are possible within 30 days.');
    expect(last).toContain('[3] Employee handbook\nEvery employee receives 25 days of vacation.');
    expect(last.endsWith('Question: And how fast?')).toBe(true);
  });

  it('accepts a server that ignores `stream` and answers with one JSON completion', async () => {
    server.next({ kind: 'json', content: 'Within 30 days [1].' });
    const { text, citations } = await collect(ask(engineFor()));
    expect(text).toBe('Within 30 days [1].');
    expect(citations).toEqual({ type: 'citations', citations: [{ index: 1, passageId: 'p1' }] });
  });
});

describe('OpenAI-compatible engine: stopping', () => {
  it('closes the HTTP request when the signal aborts mid-stream, and throws an AbortError', async () => {
    const tokens = Array.from({ length: 200 }, (_, i) => `word${i} `);
    server.next({ kind: 'stream', tokens, delayMs: 10 });
    const controller = new AbortController();
    const index = server.requests.length;
    const { error, received } = await failure(
      (async function* () {
        for await (const chunk of ask(engineFor(), controller.signal)) {
          yield chunk;
          controller.abort();
        }
      })(),
    );
    expect(isAbortError(error)).toBe(true);
    expect(received).toHaveLength(1);
    const request = await server.request(index);
    await request.closed;
    expect(request.closedEarly).toBe(true);
    expect(request.tokensWritten).toBeLessThan(tokens.length);
  });

  it('closes the HTTP request when the consumer stops reading', async () => {
    server.next({ kind: 'stream', tokens: Array.from({ length: 200 }, (_, i) => `w${i} `), delayMs: 10 });
    const index = server.requests.length;
    for await (const chunk of ask(engineFor())) {
      expect(chunk.type).toBe('delta');
      break;
    }
    const request = await server.request(index);
    await request.closed;
    expect(request.closedEarly).toBe(true);
  });
});

describe('OpenAI-compatible engine: failures', () => {
  it('times out when no first byte comes, and closes the request', async () => {
    server.next({ kind: 'hang' });
    const index = server.requests.length;
    const started = Date.now();
    const { error } = await failure(ask(engineFor({ timeoutMs: 200 })));
    expect(error).toBeInstanceOf(EngineFailedError);
    expect(error).toMatchObject({ reason: 'timeout', message: 'The language model did not answer within 0.2 s' });
    expect(Date.now() - started).toBeLessThan(5_000);
    await (await server.request(index)).closed;
  });

  it('times out when the stream goes silent mid-answer, after the text so far', async () => {
    server.next({ kind: 'stream', tokens: ['Refunds ', 'arrive '], ending: 'hang' });
    const { error, received } = await failure(ask(engineFor({ timeoutMs: 5_000, idleTimeoutMs: 200 })));
    expect(error).toMatchObject({ reason: 'timeout', message: 'The language model stopped answering for 0.2 s' });
    expect(received).toEqual([
      { type: 'delta', text: 'Refunds ' },
      { type: 'delta', text: 'arrive ' },
    ]);
  });

  it("reports an HTTP error with the server's own message", async () => {
    server.next({
      kind: 'error',
      status: 401,
      body: {
        error: { message: 'Incorrect API key provided: sk-bad.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' },
      },
    });
    const { error } = await failure(ask(engineFor({ apiKey: 'sk-bad' })));
    expect(error).toMatchObject({
      reason: 'http-error',
      message: 'The language model answered with HTTP 401: Incorrect API key provided: sk-bad.',
    });
  });

  it('reports an HTTP error page in a few words', async () => {
    server.next({ kind: 'error', status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
    const { error } = await failure(ask(engineFor()));
    expect(error).toMatchObject({ message: 'The language model answered with HTTP 502: 502 Bad Gateway' });
  });

  it('reports an unreachable endpoint', async () => {
    const probe = net.createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as net.AddressInfo;
    probe.close();
    await once(probe, 'close');
    const { error } = await failure(ask(engineFor({ baseUrl: `http://127.0.0.1:${port}/v1` })));
    expect(error).toMatchObject({ reason: 'unreachable', message: 'The language model endpoint is unreachable (ECONNREFUSED)' });
  });

  it('reports a stream that is not JSON', async () => {
    server.next({ kind: 'stream', tokens: [], rawBefore: 'data: {"choices": [ this is not json\n\n' });
    const { error } = await failure(ask(engineFor()));
    expect(error).toMatchObject({ reason: 'invalid-stream', message: "The language model's answer was not valid streaming JSON" });
  });

  it('reports a response with no events at all as not streaming JSON', async () => {
    server.next({ kind: 'stream', tokens: [], rawBefore: 'garbage without any field\nmore garbage\n' });
    const engine = createOpenAICompatibleEngine({
      baseUrl: server.baseUrl,
      model: 'm',
      timeoutMs: 5_000,
      // The server's role chunk would count as an event: drop it to see a body of garbage only.
      fetchImpl: async (url, init) => {
        const response = await fetch(url, init);
        const text = (await response.text()).replace(/data: .*\n\n/g, '');
        return new Response(text, { status: 200, headers: { 'content-type': 'text/event-stream' } });
      },
    });
    const { error } = await failure(ask(engine));
    expect(error).toMatchObject({ reason: 'invalid-stream' });
  });

  it('reports an answer cut off by a closed connection, after the text so far', async () => {
    server.next({ kind: 'stream', tokens: ['Refunds ', 'arrive'], ending: 'close' });
    const { error, received } = await failure(ask(engineFor()));
    expect(error).toMatchObject({ reason: 'interrupted' });
    expect((error as Error).message).toMatch(/^The language model's answer was cut off/);
    expect(received.map((chunk) => (chunk.type === 'delta' ? chunk.text : '')).join('')).toBe('Refunds arrive');
  });

  it('reports an error the server sends inside the stream', async () => {
    server.next({ kind: 'stream', tokens: [], rawBefore: 'data: {"error": {"message": "model is overloaded"}}\n\n' });
    const { error } = await failure(ask(engineFor()));
    expect(error).toMatchObject({ reason: 'model-error', message: 'The language model reported an error: model is overloaded' });
  });
});
