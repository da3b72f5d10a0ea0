import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAICompatibleEmbedder, EmbeddingFailedError, unitLength } from './openai-compatible-embedder';
import { type EmbeddingsServer, fakeEmbedding, startEmbeddingsServer } from './testing/embeddings-server';

let server: EmbeddingsServer;
beforeAll(async () => {
  server = await startEmbeddingsServer({ dimensions: 16 });
});
afterAll(async () => {
  await server.close();
});

const embedder = (options: { batchSize?: number; timeoutMs?: number; apiKey?: string } = {}) =>
  createOpenAICompatibleEmbedder({ baseUrl: `${server.baseUrl}/`, model: 'fake-embed', timeoutMs: 2000, ...options });

async function failure(promise: Promise<unknown>): Promise<EmbeddingFailedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EmbeddingFailedError);
  return error as EmbeddingFailedError;
}

describe('OpenAI-compatible embedder', () => {
  it('posts { model, input } to /embeddings in batches and returns unit vectors in input order', async () => {
    const before = server.requests.length;
    const texts = ['refund policy', 'exchange rules', 'server port', 'billing address', 'holiday calendar'];
    const vectors = await embedder({ batchSize: 2, apiKey: 'sk-test' }).embed(texts);
    const sent = server.requests.slice(before);
    expect(sent.map((request) => request.body.input)).toEqual([texts.slice(0, 2), texts.slice(2, 4), texts.slice(4)]);
    expect(sent[0]).toMatchObject({ path: '/v1/embeddings', body: { model: 'fake-embed' } });
    expect(sent[0]?.headers.authorization).toBe('Bearer sk-test');
    // The server answers in reverse order: vectors are placed by their index.
    expect(vectors).toEqual(texts.map((text) => unitLength(fakeEmbedding(text, 16))));
    for (const vector of vectors) expect(Math.hypot(...vector)).toBeCloseTo(1, 6);
  });

  it('sends no request for no texts, and a placeholder for a blank one (servers refuse empty strings)', async () => {
    const before = server.requests.length;
    expect(await embedder().embed([])).toEqual([]);
    expect(server.requests.length).toBe(before);
    const [vector] = await embedder().embed(['   ']);
    expect(server.requests.at(-1)?.body.input).toEqual(['.']);
    expect(vector).toHaveLength(16);
  });

  it('fails with a time-out when the server does not answer in time', async () => {
    server.next({ kind: 'hang' });
    const started = Date.now();
    const error = await failure(embedder({ timeoutMs: 200 }).embed(['slow']));
    expect(error.reason).toBe('timeout');
    expect(error.message).toBe('The embeddings endpoint did not answer within 0.2 s');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("fails with the server's own words on an HTTP error", async () => {
    server.next({ kind: 'error', status: 404, body: { error: { message: 'model "fake-embed" not found, try pulling it first' } } });
    const error = await failure(embedder().embed(['x']));
    expect(error.reason).toBe('http-error');
    expect(error.message).toBe('The embeddings endpoint answered with HTTP 404: model "fake-embed" not found, try pulling it first');
  });

  it('fails when a vector does not have the dimensions the model gave before', async () => {
    const same = embedder();
    expect((await same.embed(['first']))[0]).toHaveLength(16);
    server.next({ kind: 'dimensions', dimensions: 8 });
    const error = await failure(same.embed(['second']));
    expect(error.reason).toBe('wrong-dimensions');
    expect(error.message).toMatch(/vector of 8 dimensions where model fake-embed gave 16/);
  });

  it('fails on answers that are not embeddings: not JSON, too few vectors, non-numbers, repeated indexes', async () => {
    const bodies = [
      '<html>gateway</html>',
      JSON.stringify({ data: [] }),
      JSON.stringify({ data: [{ index: 0, embedding: ['a'] }] }),
      JSON.stringify({
        data: [
          { index: 0, embedding: [1] },
          { index: 0, embedding: [1] },
        ],
      }),
    ];
    for (const [i, body] of bodies.entries()) {
      server.next({ kind: 'raw', body });
      const error = await failure(embedder().embed(i === 3 ? ['a', 'b'] : ['a']));
      expect(error.reason, body).toBe('invalid-response');
    }
  });

  it('fails as unreachable when nothing listens', async () => {
    const gone = await startEmbeddingsServer();
    await gone.close();
    const closed = createOpenAICompatibleEmbedder({ baseUrl: gone.baseUrl, model: 'm', timeoutMs: 2000 });
    const error = await failure(closed.embed(['x']));
    expect(error.reason).toBe('unreachable');
    expect(error.message).toMatch(/unreachable \(ECONNREFUSED\)/);
  });

  it("stops when the caller's signal aborts", async () => {
    server.next({ kind: 'hang' });
    const controller = new AbortController();
    const pending = embedder().embed(['x'], { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).reason).toBe('aborted');
  });
});
