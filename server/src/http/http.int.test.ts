import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the HTTP transport', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('answers malformed JSON with 400 BAD_REQUEST and keeps serving', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect((await post(JSON.stringify({ query: '{ me { id } }' }))).status).toBe(200);
  });

  it('answers a GraphQL syntax error with 400 GRAPHQL_PARSE_FAILED and no stack trace', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id ' }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('answers the introspection query GraphiQL and codegen send', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const body = await (await post(JSON.stringify({ query: getIntrospectionQuery() }))).json();
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses queries with too many aliases', async () => {
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const body = await (await post(JSON.stringify({ query: aliased }))).json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/31 aliases; the limit is 30/);
  });

  it('refuses a mutation sent as a simple cross-site form post (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logOut }' }),
    });
    expect(response.status).toBe(400);
  });

  it('allows credentialed CORS only for allowed origins', async () => {
    const allowed = await post(JSON.stringify({ query: '{ me { id } }' }), { origin: 'http://localhost:4000' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4000');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const foreign = await post(JSON.stringify({ query: '{ me { id } }' }), { origin: 'https://evil.example' });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers and a request id', async () => {
    const response = await fetch(`${app.url}/healthz`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    // No remote images (a document's ![x](https://…) must not reach a third party), no connections to any host.
    expect(policy).toMatch(/img-src 'self' data: blob:(;|$)/);
    expect(policy).not.toMatch(/connect-src[^;]*(?:\bws:|\bwss:|https:)(?:;|\s|$)/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
