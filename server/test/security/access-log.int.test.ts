import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app';
import { loadConfig } from '../../src/config/env';
import { redactUrl } from '../../src/infra/logging/redact-url';
import { currentRequestContext } from '../../src/infra/logging/request-context';
import { signUp } from '../factories';
import { GraphQLTestClient } from '../graphql-client';
import { createTestDatabase, type TestDatabase } from '../harness';
import { waitFor } from '../wait-for';

// Issue 8, item 15: the access log recorded /invite/<token> and query strings verbatim.

const lines: string[] = [];
/** The ambient request context as each SQL statement saw it. */
const ambientContexts: unknown[] = [];
let app: RunningApp;
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', APP_URL: 'http://localhost:4000' });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await startApp(config, pino({ level: 'info' }, sink), {
    databaseUrl: database.url,
    ormOverrides: { debug: ['query'], logger: () => ambientContexts.push(currentRequestContext()) },
  });
});
afterAll(async () => {
  await app.stop();
  await database.drop();
});

describe('the access log', () => {
  it('keeps the path of an invitation link and the names of query parameters, not their tokens', async () => {
    const token = 'Tq3x_inviteTokenThatMustNotLeak';
    await fetch(`${app.url}/invite/${token}?reset=alsoSecret123&utm=mail`, {
      headers: { accept: 'text/html', referer: `http://localhost:4000/invite/${token}?next=refererSecret` },
    });
    const line = await waitFor(() => lines.find((entry) => entry.includes('/invite/')), { description: 'the access log line' });
    expect(line).toContain('"url":"/invite/[redacted]?reset=[redacted]&utm=[redacted]"');
    expect(lines.join('\n')).not.toMatch(/inviteTokenThatMustNotLeak|alsoSecret123|refererSecret/);
  });
});

const linesOf = (requestId: string | null) => lines.filter((entry) => entry.includes(`"id":"${requestId}"`));

describe('the request context', () => {
  // Issue 13, item 1: on Node 20 each AsyncLocalStorage.run taxes every await after it. Without Sentry or tracing
  // (the only readers from afar), the log fields travel on the request and the GraphQL context instead.
  it('names the user and operation on the line without entering an AsyncLocalStorage of its own', async () => {
    const client = new GraphQLTestClient(app.url);
    const user = await signUp(client);
    ambientContexts.length = 0;
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
      body: JSON.stringify({ query: 'query WhoAmI { me { id } }' }),
    });
    expect(await response.json()).toEqual({ data: { me: { id: user.id } } });
    const requestId = response.headers.get('x-request-id');
    const [line] = await waitFor(() => (linesOf(requestId).length > 0 ? linesOf(requestId) : undefined), { description: 'the line' });
    expect(JSON.parse(line as string)).toMatchObject({ userId: user.id, operation: 'WhoAmI', msg: 'request completed' });
    // The session was read with SQL inside the request, and no statement found an ambient request context.
    expect(ambientContexts.length).toBeGreaterThan(0);
    expect(ambientContexts.every((context) => context === undefined)).toBe(true);
  });

  it('names an operation that was refused before it ran (invalid text) on its line', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query WithNul($slug: String!) { workspace(slug: $slug) { id } }', variables: { slug: 'a\u0000b' } }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const requestId = response.headers.get('x-request-id');
    const [line] = await waitFor(() => (linesOf(requestId).length > 0 ? linesOf(requestId) : undefined), { description: 'the line' });
    expect(JSON.parse(line as string)).toMatchObject({ operation: 'WithNul' });
  });

  it('writes one line per request, and none for health checks', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await response.text();
    await fetch(`${app.url}/healthz`).then((health) => health.text());
    // A line of a later request shows the earlier ones were written: the connection's close must not add a second.
    await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    await waitFor(() => lines.find((entry) => entry.includes('"url":"/graphql?query=[redacted]"')), { description: 'the GET line' });
    expect(linesOf(response.headers.get('x-request-id'))).toHaveLength(1);
    expect(lines.some((entry) => entry.includes('/healthz'))).toBe(false);
  });
});

describe('redactUrl', () => {
  it('leaves ordinary paths alone', () => {
    expect(redactUrl('/w/acme/documents')).toBe('/w/acme/documents');
    expect(redactUrl('/graphql?query=%7B%20me%20%7D')).toBe('/graphql?query=[redacted]');
    expect(redactUrl('/invite/abc')).toBe('/invite/[redacted]');
    expect(redactUrl('/graphql')).toBe('/graphql');
  });
});
