import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env';
import { signUp } from '../factories';
import { collect } from '../graphql-client';
import { PRODUCTION_STRIPE_ENV, startTestApp, type TestApp } from '../harness';

// Issue 8, item 14: in production, introspection, "did you mean" suggestions and the playground were open to
// anonymous callers. GRAPHQL_INTROSPECTION=signed-in (production's default) keeps them for signed-in callers.

const SCHEMA = getIntrospectionQuery({ typeDepth: 4 });
const TYPO = '{ workspacez { id } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ GRAPHQL_INTROSPECTION: 'signed-in' });
});
afterAll(async () => {
  await app.close();
});

describe('GRAPHQL_INTROSPECTION', () => {
  it('is signed-in by default in production, public elsewhere', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...PRODUCTION_STRIPE_ENV }).introspection).toBe('signed-in');
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe('public');
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'public', ...PRODUCTION_STRIPE_ENV }).introspection).toBe('public');
  });
});

describe('anonymous callers when introspection is for signed-in users', () => {
  it('get no introspection, over HTTP or WebSocket', async () => {
    const http = await app.client().request(SCHEMA);
    expect(http.status).toBe(200);
    expect(http.data ?? undefined).toBeUndefined();
    expect(http.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ws = app.client().websocket();
    const overWs = await collect(ws, '{ __type(name: "Workspace") { fields { name } } }', {}, 1);
    await ws.dispose();
    expect((overWs.error as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('get no suggestions of field names', async () => {
    const result = await app.client().request(TYPO);
    expect(result.errors?.[0]?.message).toBe('Cannot query field "workspacez" on type "Query".');
  });

  it('are sent to the login page instead of the playground', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login');
  });
});

describe('signed-in callers', () => {
  it('introspect and get suggestions', async () => {
    const client = app.client();
    await signUp(client);
    const introspection = await client.request<{ __schema: { queryType: { name: string } } }>(SCHEMA);
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    const typo = await client.request(TYPO);
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "workspace" or "workspaces"\?/);
    const ws = client.websocket();
    const overWs = await collect(ws, '{ __type(name: "Workspace") { name } }', {}, 1);
    await ws.dispose();
    expect(overWs.results).toEqual([{ data: { __type: { name: 'Workspace' } } }]);
  });
});
