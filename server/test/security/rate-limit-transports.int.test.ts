import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../graphql-client';
import { startTestApp, type TestApp } from '../harness';

// Issue 8, item 12: operations over WebSocket skipped the HTTP rate limit (650 `{ me }` in 0.6 s over one socket),
// and the WebSocket path took the leftmost X-Forwarded-For entry, which any client writes itself.

const PER_MINUTE = 5;
const ME = '{ me { id } }';
const codeOf = (result: { results: unknown[]; error?: unknown }) =>
  result.error ? ((result.error as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code ?? 'ERROR') : 'OK';

let app: TestApp;
beforeAll(async () => {
  // One proxy in front (TRUST_PROXY=1): the client is the address that proxy appended, the rightmost entry.
  app = await startTestApp({ RATE_LIMIT_PER_MINUTE: String(PER_MINUTE), TRUST_PROXY: '1' });
});
afterAll(async () => {
  await app.close();
});

describe('one rate limit for every transport', () => {
  it('counts WebSocket operations and HTTP requests of one client address against one budget', async () => {
    const forwardedFor = { 'x-forwarded-for': '203.0.113.7' };
    const http = await Promise.all([1, 2].map(() => app.client().request(ME, {}, forwardedFor)));
    expect(http.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(['OK', 'OK']);
    const ws = app.client().websocket({ headers: forwardedFor });
    const overWs: string[] = [];
    for (let i = 0; i < 5; i += 1) overWs.push(codeOf(await collect(ws, ME, {}, 1)));
    await ws.dispose();
    expect(overWs).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('derives the WebSocket client address as Express does: a spoofed leftmost entry buys no fresh budget', async () => {
    const codes: string[] = [];
    for (let i = 0; i < PER_MINUTE + 1; i += 1) {
      // Each connection claims another origin address; the trusted proxy appended the same real one.
      const ws = app.client().websocket({ headers: { 'x-forwarded-for': `198.51.100.${i}, 192.0.2.44` } });
      codes.push(codeOf(await collect(ws, ME, {}, 1)));
      await ws.dispose();
    }
    expect(codes).toEqual([...Array(PER_MINUTE).fill('OK'), 'RATE_LIMITED']);
    // And over HTTP the same address is out of budget too.
    const http = await app.client().request(ME, {}, { 'x-forwarded-for': '10.9.8.7, 192.0.2.44' });
    expect(http.status).toBe(429);
  });
});
