import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK, workspaceOf } from '../copilot';
import { signUp } from '../factories';
import { GraphQLTestClient } from '../graphql-client';
import { createTestDatabase, type TestDatabase } from '../harness';
import { errorLines, type ServerProcess, spawnServer } from '../server-process';
import { waitFor } from '../wait-for';

// Issue 12, item 2: OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set. The built server runs as its own
// process, as `npm start` runs it; a loopback HTTP server stands in for the OpenTelemetry collector and decodes what
// the SDK exports (OTLP/JSON, OTEL_EXPORTER_OTLP_PROTOCOL=http/json).
// Nothing here depends on Redis: CI's second pass (REDIS_URL set) skips these four server starts.
const redisPass = Boolean(process.env.REDIS_URL);

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: Array<{ key: string; value: OtlpValue }>;
}
interface OtlpExport {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: OtlpValue }> };
    scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }>;
  }>;
}

const SERVER_KIND = 2;

/** A stand-in OTLP/HTTP collector (or Sentry ingest): keeps every request's path, content type and raw body. */
async function startCollector() {
  const received: Array<{ path: string; contentType: string; body: string }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({
        path: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        body: (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8'),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const spans = () =>
    received.flatMap(({ body, contentType }) =>
      contentType !== 'application/json'
        ? []
        : (JSON.parse(body) as OtlpExport).resourceSpans.flatMap((resource) =>
            resource.scopeSpans.flatMap((scope) => scope.spans.map((span) => ({ ...span, resource: resource.resource }))),
          ),
    );
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    spans,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const isStatement = (span: OtlpSpan) => (attribute(span, 'db.system.name') ?? attribute(span, 'db.system')) === 'postgresql';

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes?.find((entry) => entry.key === key)?.value;
  return value?.stringValue ?? value?.intValue ?? value?.boolValue;
};

/** Is `span` below `ancestor` in its trace (any depth)? */
function descendsFrom(span: OtlpSpan, ancestor: OtlpSpan, all: OtlpSpan[]): boolean {
  const byId = new Map(all.map((entry) => [entry.spanId, entry]));
  for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) {
    if (parent.spanId === ancestor.spanId) return true;
  }
  return false;
}

const SAVED_LIST = 'query SavedList($workspaceId: ID!) { savedQueries(workspaceId: $workspaceId) { id } }';
const QUESTION = 'Which refund window applies to order 4417-secret?';

describe.skipIf(redisPass)('OpenTelemetry traces with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  let database: TestDatabase;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    collector = await startCollector();
    server = await spawnServer({
      DATABASE_URL: database.url,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      // Export within 50 ms instead of the default 5 s batches.
      OTEL_BSP_SCHEDULE_DELAY: '50',
    });
    await server.waitUntilReady(60_000);
  }, 90_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await collector?.close();
    await database?.drop();
  });

  it('traces a GraphQL request: HTTP server span, the named operation, its SQL, one trace id, with the request ids', async () => {
    const client = new GraphQLTestClient(server.url);
    const user = await signUp(client, { password: 'tracing-test-passphrase-91' });
    const workspaceId = await workspaceOf(client);
    const result = await client.request(SAVED_LIST, { workspaceId });
    expect(result.errors).toBeUndefined();
    const requestId = result.headers.get('x-request-id');

    const execute = await waitFor(
      () =>
        collector
          .spans()
          .find((span) => span.name.startsWith('query SavedList') || attribute(span, 'graphql.operation.name') === 'SavedList'),
      { description: 'the graphql span of SavedList' },
    );
    const trace = await waitFor(
      () => {
        const spans = collector.spans().filter((span) => span.traceId === execute.traceId);
        return spans.some((span) => span.kind === SERVER_KIND) && spans.some(isStatement) ? spans : undefined;
      },
      { description: 'the whole trace of SavedList' },
    );
    const root = trace.find((span) => span.kind === SERVER_KIND && !trace.some((other) => other.spanId === span.parentSpanId));
    expect(root).toBeDefined();
    if (!root) return;
    expect(attribute(root, 'http.request.method') ?? attribute(root, 'http.method')).toBe('POST');
    expect(descendsFrom(execute, root, trace)).toBe(true);
    const statements = trace.filter(isStatement);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(descendsFrom(statement, root, trace)).toBe(true);
    // Statement text, never the values it ran with (MikroORM writes them into the SQL: they become "?").
    const text = statements.map((span) => String(attribute(span, 'db.query.text') ?? attribute(span, 'db.statement'))).join('\n');
    expect(text).toMatch(/from "messages"/);
    expect(text).toMatch(/= \?/);
    expect(text).not.toContain(workspaceId);
    expect(root.name).toBe('POST /graphql');

    // The request's ids on the server span and on the spans inside it.
    for (const span of [root, execute]) {
      expect(attribute(span, 'askbase.request_id')).toBe(requestId);
      expect(attribute(span, 'enduser.id')).toBe(user.id);
      expect(attribute(span, 'askbase.workspace_id')).toBe(workspaceId);
    }
    expect(trace[0]?.resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'askbase' } });

    // The request's log line leads to the trace.
    const logLine = await waitFor(() => server.logs.find((line) => (line.req as { id?: string } | undefined)?.id === requestId), {
      description: 'the log line of the request',
    });
    expect(logLine.trace_id).toBe(root.traceId);
    expect(errorLines(server.logs)).toEqual([]);
  });

  it('traces answer generation as a span of its own (engine and outcome) under the askCopilot request', async () => {
    const client = new GraphQLTestClient(server.url);
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    await client.ok(ASK, { input: { workspaceId, question: QUESTION } });
    const answer = await waitFor(
      () => collector.spans().find((span) => span.name === 'copilot.answer' && attribute(span, 'askbase.copilot.outcome')),
      {
        description: 'the copilot.answer span',
      },
    );
    expect(attribute(answer, 'askbase.copilot.engine')).toEqual(expect.any(String));
    expect(attribute(answer, 'askbase.copilot.outcome')).toBe('DONE');
    const request = collector.spans().find((span) => span.traceId === answer.traceId && span.kind === SERVER_KIND);
    expect(request).toBeDefined();
  });

  it('puts no variable value, cookie, token or question text in anything it exports', async () => {
    const client = new GraphQLTestClient(server.url);
    await signUp(client, { email: 'tracing-secret-address@example.com', password: 'another-secret-passphrase-77' });
    // Literal values in a document are masked too (a client may inline them instead of using variables).
    await client.request(
      'mutation { logIn(input: { email: "inline-secret@example.com", password: "inline-passphrase-55", rememberMe: false }) { id } }',
    );
    const session = client.cookie?.split('=')[1];
    expect(session).toBeTruthy();
    // Everything so far has been exported once a later request's trace arrives.
    const marker = await client.request('query Marker { me { id } }');
    const markerId = marker.headers.get('x-request-id');
    await waitFor(() => collector.spans().some((span) => span.kind === SERVER_KIND && attribute(span, 'askbase.request_id') === markerId), {
      description: 'the trace of the last request',
    });
    const exported = collector.received.map(({ body }) => body).join('\n');
    for (const secret of [
      'tracing-secret-address@example.com',
      'another-secret-passphrase-77',
      'tracing-test-passphrase-91',
      'inline-secret@example.com',
      'inline-passphrase-55',
      String(session),
      QUESTION,
      'askbase_session',
    ]) {
      expect(exported).not.toContain(secret);
    }
    expect(exported).not.toMatch(/"http\.request\.header\.|"authorization"|"cookie"/i);
    expect(collector.received.every(({ path }) => path === '/v1/traces')).toBe(true);
  });
});

describe.skipIf(redisPass)('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('loads no OpenTelemetry and sends nothing, even with the other OTLP variables set', async () => {
    const database = await createTestDatabase();
    const collector = await startCollector();
    try {
      const server = await spawnServer({
        DATABASE_URL: database.url,
        // Read by the SDK if it were loaded: it would export here.
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/v1/traces`,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '50',
      });
      await server.waitUntilReady(60_000);
      const client = new GraphQLTestClient(server.url);
      await signUp(client);
      const result = await client.request(SAVED_LIST, { workspaceId: await workspaceOf(client) });
      expect(result.errors).toBeUndefined();
      // A shutdown flushes whatever tracing has buffered: after the exit, nothing can still be on its way.
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(collector.received).toEqual([]);
      expect(server.logs.some((line) => 'trace_id' in line)).toBe(false);
    } finally {
      await collector.close();
      await database.drop();
    }
  }, 90_000);
});

describe.skipIf(redisPass)('with SENTRY_DSN as well', () => {
  it('exports the traces over OTLP, and Sentry files an unexpected error under the same trace id', async () => {
    const database = await createTestDatabase();
    const collector = await startCollector();
    const sentry = await startCollector();
    const sql = async (statement: string) => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query(statement).finally(() => client.end());
    };
    try {
      const server = await spawnServer({
        DATABASE_URL: database.url,
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '50',
        SENTRY_DSN: `http://publickey@${new URL(sentry.url).host}/42`,
        SENTRY_TRACES_SAMPLE_RATE: '1',
      });
      try {
        await server.waitUntilReady(60_000);
        const client = new GraphQLTestClient(server.url);
        await signUp(client);
        const workspaceId = await workspaceOf(client);
        // A table that is gone: a failure no code path expects.
        await sql('ALTER TABLE messages RENAME TO messages_gone');
        const result = await client.request(SAVED_LIST, { workspaceId });
        await sql('ALTER TABLE messages_gone RENAME TO messages');
        expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        const requestId = result.headers.get('x-request-id');
        const root = await waitFor(
          () => collector.spans().find((span) => span.kind === SERVER_KIND && attribute(span, 'askbase.request_id') === requestId),
          { description: 'the exported trace of the failed request' },
        );
        const event = await waitFor(() => sentry.received.find(({ body }) => body.includes('"exception"'))?.body, {
          description: 'the Sentry error event',
        });
        expect(event).toContain(`"request_id":"${requestId}"`);
        expect(event).toContain(`"trace_id":"${root.traceId}"`);
      } finally {
        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);
      }
    } finally {
      await Promise.all([collector.close(), sentry.close()]);
      await database.drop();
    }
  }, 90_000);
});

describe.skipIf(redisPass)('with the default protocol', () => {
  it('exports OTLP/HTTP protobuf to <endpoint>/v1/traces', async () => {
    const database = await createTestDatabase();
    const collector = await startCollector();
    try {
      const server = await spawnServer({ DATABASE_URL: database.url, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
      await server.waitUntilReady(60_000);
      await signUp(new GraphQLTestClient(server.url));
      // The default batch delay is 5 s: the shutdown's flush sends the spans.
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(collector.received.length).toBeGreaterThan(0);
      for (const request of collector.received) {
        expect(request.path).toBe('/v1/traces');
        expect(request.contentType).toBe('application/x-protobuf');
      }
    } finally {
      await collector.close();
      await database.drop();
    }
  }, 90_000);
});

describe.skipIf(redisPass)('with a collector that cannot be reached', () => {
  it('keeps serving, and says in its logs that the export failed', async () => {
    const database = await createTestDatabase();
    const collector = await startCollector();
    // A port that was free a moment ago and has nobody listening now.
    const unreachable = collector.url;
    await collector.close();
    try {
      const server = await spawnServer({
        DATABASE_URL: database.url,
        OTEL_EXPORTER_OTLP_ENDPOINT: unreachable,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '50',
      });
      try {
        await server.waitUntilReady(60_000);
        await signUp(new GraphQLTestClient(server.url));
        const complaint = await waitFor(() => errorLines(server.logs).find((line) => line.msg.startsWith('OpenTelemetry: ')), {
          description: 'a log line about the failed export',
        });
        expect(complaint.msg).not.toMatch(/password|cookie/i);
      } finally {
        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);
      }
    } finally {
      await database.drop();
    }
  }, 90_000);
});
