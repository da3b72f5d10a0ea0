import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerChunk } from './answer-engine';
import { selectAnswerEngine } from './select-engine';
import { type OpenAISseServer, startOpenAISseServer } from './testing/openai-sse-server';

let server: OpenAISseServer;
beforeAll(async () => {
  server = await startOpenAISseServer();
});
afterAll(async () => {
  await server.close();
});

async function text(chunks: AsyncIterable<AnswerChunk>): Promise<string> {
  let result = '';
  for await (const chunk of chunks) if (chunk.type === 'delta') result += chunk.text;
  return result;
}

const request = () => ({ question: 'Where is the office?', passages: [], signal: new AbortController().signal });

describe('selectAnswerEngine', () => {
  it('uses the built-in extractive engine without a model, or with only half of the settings', () => {
    expect(selectAnswerEngine({}).name).toBe('extractive');
    expect(selectAnswerEngine({ baseUrl: server.baseUrl }).name).toBe('extractive');
    expect(selectAnswerEngine({ model: 'llama3.1', baseUrl: '  ' }).name).toBe('extractive');
  });

  it('uses the OpenAI-compatible engine when a base URL and a model are set, with the given key', async () => {
    const engine = selectAnswerEngine({ baseUrl: server.baseUrl, model: 'llama3.1', apiKey: 'local-key', timeoutMs: 2_000 });
    expect(engine.name).toBe('openai-compatible:llama3.1');
    server.next({ kind: 'stream', tokens: ['In ', 'Lyon.'] });
    expect(await text(engine.answer(request()))).toBe('In Lyon.');
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer local-key');
    expect(server.requests.at(-1)?.body).toMatchObject({ model: 'llama3.1' });
  });

  it('sends no Authorization header without a key', async () => {
    const engine = selectAnswerEngine({ baseUrl: server.baseUrl, model: 'llama3.1', apiKey: '' });
    const index = server.requests.length;
    await text(engine.answer(request()));
    // The request was made (so the header's absence means something), and it carried no Authorization.
    const sent = await server.request(index);
    expect(sent.headers).not.toHaveProperty('authorization');
    expect(sent.body).toMatchObject({ model: 'llama3.1' });
  });
});
