import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../factories';
import { collect } from '../graphql-client';
import { startTestApp, type TestApp } from '../harness';

// Issue 8, item 4: the depth limit exempted introspection, and the old rule re-walked a fragment at every spread
// (20 nested fragments: 1.7 s, ×4 per 2 more). graphql-armor's rules now guard both transports.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const INTROSPECTION_CHAIN_13 = `{ __schema { types { fields { type ${'{ ofType '.repeat(8)}{ name }${' }'.repeat(8)} } } } }`;
// Each fragment spreads the next twice: a rule without a memo walks 2^30 spreads.
const NESTED_FRAGMENTS = `{ ...F0 }\n${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n')}
fragment F30 on Query { me { id } }`;

describe('query limits over HTTP', () => {
  it('refuses a 13-deep introspection chain', async () => {
    const result = await app.client().request(INTROSPECTION_CHAIN_13);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({
      message: 'Query depth limit of 12 exceeded, found 13.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('measures 30 nested fragments once each and refuses the cost they multiply to', async () => {
    const result = await app.client().request(NESTED_FRAGMENTS);
    expect(result.errors?.[0]?.message).toMatch(/^Query Cost limit of 50000 exceeded/);
  });

  it('refuses a document with too many tokens before building it', async () => {
    const result = await app.client().request(`{ me { ${'id '.repeat(2_000)}} }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(result.errors?.[0]?.message).toMatch(/2000 tokens/);
  });
});

describe('query limits over WebSocket', () => {
  it('applies the same depth, cost and token limits', async () => {
    const client = app.client();
    await signUp(client);
    const ws = client.websocket();
    const deep = await collect(ws, INTROSPECTION_CHAIN_13, {}, 1);
    const fragments = await collect(ws, NESTED_FRAGMENTS, {}, 1);
    const tokens = await collect(ws, `{ me { ${'id '.repeat(2_000)}} }`, {}, 1);
    await ws.dispose();
    const messages = [deep, fragments, tokens].map((result) => (result.error as Array<{ message: string }> | undefined)?.[0]?.message);
    expect(messages).toEqual([
      'Query depth limit of 12 exceeded, found 13.',
      expect.stringMatching(/^Query Cost limit of 50000 exceeded/),
      expect.stringMatching(/2000 tokens/),
    ]);
  });
});
