import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushErrorReports, initSentry } from '../../src/infra/error-reporting/sentry';
import { workspaceOf } from '../copilot';
import { signUp } from '../factories';
import { startTestApp, type TestApp } from '../harness';
import { waitFor } from '../wait-for';

// Issue 12, item 2: unexpected errors reach Sentry (SENTRY_DSN) tagged with the request's ids, and nothing secret.
// Sentry's servers cannot be reached from here: a loopback HTTP server takes the SDK's real envelopes instead.

const envelopes: string[] = [];
/** Error events only: the SDK also sends release-health sessions. */
const errorEvents = () => envelopes.filter((entry) => entry.includes('"exception"'));
let ingest: http.Server;
let app: TestApp;

beforeAll(async () => {
  ingest = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      envelopes.push((req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => ingest.listen(0, '127.0.0.1', resolve));
  const { port } = ingest.address() as AddressInfo;
  initSentry({ dsn: `http://publickey@127.0.0.1:${port}/42`, environment: 'test', release: undefined, tracesSampleRate: 0 });
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
  await new Promise((resolve) => ingest.close(resolve));
});

describe('error reporting to Sentry', () => {
  it('sends an unexpected error with the request id, user, workspace and operation; the client sees a masked error', async () => {
    const client = app.client();
    const user = await signUp(client);
    const workspaceId = await workspaceOf(client);
    // A table that is gone: a failure no code path expects.
    await app.sql('ALTER TABLE messages RENAME TO messages_gone');
    const result = await client.request('query SavedList($workspaceId: ID!) { savedQueries(workspaceId: $workspaceId) { id } }', {
      workspaceId,
    });
    await app.sql('ALTER TABLE messages_gone RENAME TO messages');
    expect(result.errors?.[0]).toEqual(
      expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    );
    const requestId = result.headers.get('x-request-id');
    await flushErrorReports(2_000);
    const envelope = await waitFor(() => errorEvents()[0], { description: 'the error envelope' });
    expect(envelope).toContain('relation \\"messages\\" does not exist');
    // The SQL statement (with the ids it was run with) stays out: it can hold personal data.
    expect(envelope).not.toMatch(/select \\"m0\\"/);
    expect(envelope).toContain(`"request_id":"${requestId}"`);
    expect(envelope).toContain(`"workspace_id":"${workspaceId}"`);
    expect(envelope).toContain('"operation":"SavedList"');
    expect(envelope).toContain(`"id":"${user.id}"`);
    expect(envelope).not.toMatch(/askbase_session|correct horse battery/);
  });

  it('does not report errors that are the client’s (a typed error such as UNAUTHENTICATED)', async () => {
    const before = errorEvents().length;
    const anonymous = app.client();
    const result = await anonymous.request('{ workspaces { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await flushErrorReports(2_000);
    expect(errorEvents().length).toBe(before);
  });
});
