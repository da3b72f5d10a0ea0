import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrationsList } from '../../src/infra/db/migrations';
import { signUp } from '../factories';
import { databaseUrl } from '../global-setup';
import { GraphQLTestClient } from '../graphql-client';
import { errorLines, type ServerProcess, spawnServer } from '../server-process';

// Issue 12, item 5: two server processes against one PostgreSQL and one Redis, as behind a load balancer. They start
// together on an empty database (both find migrations pending), then share sessions and rate limits. (Streaming an
// answer produced on one instance to a client of the other, and stopping it from there: two-instances.int.test.ts.)
// Runs in the Redis configuration: CI's second pass sets REDIS_URL.

const LOG_IN = /* GraphQL */ `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const AUTH_LIMIT = 3;

describe.runIf(process.env.REDIS_URL)('two server processes, one PostgreSQL, one Redis', () => {
  const name = `askbase_scale_${process.pid}_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const env = {
      DATABASE_URL: databaseUrl(inject('pgAdminUrl'), name),
      REDIS_URL: String(process.env.REDIS_URL),
      REDIS_KEY_PREFIX: `askbase-scale:${name}:`,
      AUTH_RATE_LIMIT_PER_MINUTE: String(AUTH_LIMIT),
    };
    // Started together: both see every migration pending; the advisory lock lets one apply them.
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    await Promise.all([a.waitUntilReady(60_000), b.waitUntilReady(60_000)]);
  }, 90_000);

  afterAll(async () => {
    for (const server of [a, b]) server?.child.kill('SIGTERM');
    await Promise.all([a?.exited, b?.exited]);
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('both start on an empty database: every migration applied exactly once, no errors', async () => {
    const client = new pg.Client({ connectionString: databaseUrl(inject('pgAdminUrl'), name) });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('select name from mikro_orm_migrations order by id').finally(() => client.end());
    expect(rows.map((row) => row.name)).toEqual(migrationsList.map((migration) => migration.name));
    expect([...errorLines(a.logs), ...errorLines(b.logs)]).toEqual([]);
    const applied = [a, b].map((server) => server.logs.some((line) => line.msg === 'migrations applied'));
    expect(applied.sort()).toEqual([false, true]);
  });

  it('a session started on one instance works on the other', async () => {
    const onA = new GraphQLTestClient(a.url);
    const user = await signUp(onA);
    const onB = new GraphQLTestClient(b.url);
    onB.cookie = onA.cookie;
    expect(await onB.ok<{ me: { id: string } }>('{ me { id } }')).toEqual({ me: { id: user.id } });
  });

  it('shares rate limits: log-in attempts spent on one instance are refused on the other', async () => {
    const user = await signUp(new GraphQLTestClient(a.url));
    const attempt = (server: ServerProcess) =>
      new GraphQLTestClient(server.url).request(LOG_IN, { input: { email: user.email, password: 'not the password', rememberMe: false } });
    for (let i = 0; i < AUTH_LIMIT; i += 1) {
      expect((await attempt(a)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await attempt(b)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
