import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app';
import { loadConfig } from '../../src/config/env';
import { createLogger } from '../../src/infra/logging/logger';
import { ADD_DOCUMENT, ASK, REFUND_POLICY, readStream, workspaceOf } from '../copilot';
import { signUp } from '../factories';
import { GraphQLTestClient } from '../graphql-client';
import { createTestDatabase, type TestDatabase } from '../harness';
import { waitFor } from '../wait-for';

// Issue 12, item 2: request logs that say who did what, and Prometheus metrics behind a token or an internal port.

const METRICS_TOKEN = 'metrics-token-for-this-test-0123456789';
const lines: string[] = [];
let app: RunningApp;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    APP_URL: 'http://localhost:4000',
    METRICS_TOKEN,
    METRICS_PORT: '0',
    EXTRACTIVE_ANSWER_DELAY_MS: '0',
  });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await startApp(config, createLogger({ logLevel: 'info', logPretty: false }, sink), {
    databaseUrl: database.url,
    jobs: { pollingIntervalSeconds: 0.5 },
  });
});
afterAll(async () => {
  await app.stop();
  await database.drop();
});

const scrape = async (headers: Record<string, string> = { authorization: `Bearer ${METRICS_TOKEN}` }) => {
  const response = await fetch(`${app.url}/metrics`, { headers });
  return { status: response.status, body: await response.text() };
};

/** The value of one series in Prometheus' text format, or undefined when it is absent. */
function seriesValue(body: string, series: string): number | undefined {
  const line = body.split('\n').find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('request logs', () => {
  it('name the request id, user, workspace, operation and duration of a GraphQL request, in JSON', async () => {
    const client = new GraphQLTestClient(app.url);
    const user = await signUp(client);
    const workspaceId = await workspaceOf(client);
    await client.ok('query MembersPage($workspaceId: ID!) { savedQueries(workspaceId: $workspaceId) { id } }', { workspaceId });
    const line = await waitFor(() => lines.find((entry) => entry.includes('"operation":"MembersPage"')), {
      description: 'the log line of the MembersPage operation',
    });
    const entry = JSON.parse(line) as Record<string, unknown>;
    expect(entry).toMatchObject({ userId: user.id, workspaceId, operation: 'MembersPage' });
    expect(entry.req).toMatchObject({ id: expect.any(String), url: '/graphql' });
    expect((entry.req as { headers: Record<string, string> }).headers.cookie).toBe('[redacted]');
    expect(typeof entry.responseTime).toBe('number');
    expect(lines.join('\n')).not.toMatch(/correct horse battery|askbase_session=/);
  });
});

describe('GET /metrics on the public port', () => {
  it('is refused without the token, and with a wrong one', async () => {
    expect((await scrape({})).status).toBe(401);
    expect((await scrape({ authorization: 'Bearer metrics-token-for-this-test-0123456788' })).status).toBe(401);
  });

  it('serves HTTP and per-operation latency, and errors by code', async () => {
    const anonymous = new GraphQLTestClient(app.url);
    const refused = await anonymous.request('{ workspaces { id } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { status, body } = await scrape();
    expect(status).toBe(200);
    expect(seriesValue(body, 'askbase_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}')).toBeGreaterThan(
      0,
    );
    expect(seriesValue(body, 'askbase_graphql_operation_duration_seconds_count{operation="workspaces",type="query"}')).toBeGreaterThan(0);
    expect(seriesValue(body, 'askbase_graphql_errors_total{code="UNAUTHENTICATED"}')).toBeGreaterThanOrEqual(1);
    expect(body).toContain('askbase_process_resident_memory_bytes');
  });

  it('labels operations by their root field, so client-chosen operation names cannot mint new series', async () => {
    await new GraphQLTestClient(app.url).request('query Mint12345 { __typename }');
    const { body } = await scrape();
    expect(body).not.toContain('Mint12345');
    expect(seriesValue(body, 'askbase_graphql_operation_duration_seconds_count{operation="__typename",type="query"}')).toBeGreaterThan(0);
  });
});

describe('copilot, WebSocket and job metrics', () => {
  it('count open WebSockets and subscriptions, job queue depth, time to first chunk and answers by outcome', async () => {
    const client = new GraphQLTestClient(app.url);
    await signUp(client);
    const workspaceId = await workspaceOf(client);
    await client.ok(ADD_DOCUMENT, { workspaceId, input: { title: 'Refunds', text: REFUND_POLICY } });
    const { body: before } = await scrape();
    expect(before).toMatch(/askbase_job_queue_depth\{queue="[^"]+"\} \d+/);
    const answersBefore = seriesValue(before, 'askbase_copilot_answers_total{outcome="DONE"}') ?? 0;

    const ws = client.websocket();
    const open = new Promise<void>((resolve) => ws.on('connected', () => resolve()));
    const usage = ws.iterate({
      query: 'subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { documents { used } } }',
      variables: { workspaceId },
    });
    void usage.next();
    await open;
    await waitFor(async () => (seriesValue((await scrape()).body, 'askbase_subscriptions_active') ?? 0) >= 1, {
      description: 'the subscription counted',
    });
    expect(seriesValue((await scrape()).body, 'askbase_websocket_connections')).toBeGreaterThanOrEqual(1);
    await usage.return?.();
    await ws.dispose();
    await waitFor(async () => seriesValue((await scrape()).body, 'askbase_websocket_connections') === 0, {
      description: 'the closed connection no longer counted',
    });
    expect(seriesValue((await scrape()).body, 'askbase_subscriptions_active')).toBe(0);

    const asked = await client.ok<{ askCopilot: { answer: { id: string } } }>(ASK, {
      input: { workspaceId, question: 'How long do refunds take to be paid back?' },
    });
    await readStream(client, asked.askCopilot.answer.id);
    const { body: after } = await scrape();
    expect(seriesValue(after, 'askbase_copilot_answers_total{outcome="DONE"}')).toBe(answersBefore + 1);
    expect(seriesValue(after, 'askbase_copilot_time_to_first_chunk_seconds_count')).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /metrics on the internal port (METRICS_PORT)', () => {
  it('serves the same registry without a token', async () => {
    expect(app.metricsPort).toBeGreaterThan(0);
    const response = await fetch(`http://127.0.0.1:${app.metricsPort}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('askbase_http_request_duration_seconds');
  });
});
