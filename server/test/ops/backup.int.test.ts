import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BackupError, backupDatabase, postgresTool, restoreDatabase } from '../../src/infra/db/backup';
import { ADD_DOCUMENT, ASK, REFUND_POLICY, readStream, workspaceOf } from '../copilot';
import { signUp } from '../factories';
import { startTestApp, type TestDatabase } from '../harness';

// Issue 12, item 3: npm run db:backup / db:restore (pg_dump / pg_restore, custom format). CI runs this file against
// the external PostgreSQL, where the machine's pg_dump can read the server, and does the round trip there; against
// the embedded PostgreSQL 18 (whose package ships no pg_dump) it checks the operator is told what to install.

// Whether this machine's pg_dump can read the server the tests run against, decided once: each run executes the
// tests that apply to it (the external run the round trip, the embedded run the refusal) and skips the others.
let dumpRefusal: string | null = null;

let database: TestDatabase;
const folder = mkdtempSync(path.join(os.tmpdir(), 'askbase-backup-'));

async function sql<T extends pg.QueryResultRow>(query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(query)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of the app and of the job queue, with its row count and a checksum of its rows in a fixed order. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname IN ('public', 'pgboss') ORDER BY 1`,
  );
  const entries = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await sql<{ rows: string; checksum: string | null }>(
        `SELECT count(*)::text AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS checksum FROM ${name} t`,
      );
      return [name, `${row?.rows}:${row?.checksum}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  dumpRefusal = await postgresTool('pg_dump', inject('pgAdminUrl')).then(
    () => null,
    (error: unknown) => (error instanceof BackupError ? error.message : String(error)),
  );
  // A database with real content: a user, a workspace, a document with passages, a question and its answer.
  const app = await startTestApp();
  database = app.database;
  const client = app.client();
  await signUp(client);
  const workspaceId = await workspaceOf(client);
  await client.ok(ADD_DOCUMENT, { workspaceId, input: { title: 'Policies', text: REFUND_POLICY } });
  const asked = await client.ok<{ askCopilot: { answer: { id: string } } }>(ASK, {
    input: { workspaceId, question: 'How long do refunds take?' },
  });
  await readStream(client, asked.askCopilot.answer.id);
  await app.stop();
}, 120_000);
afterAll(async () => {
  await database.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('database backup and restore', () => {
  it('says which client tools to install when pg_dump is older than the server', (context) => {
    context.skip(dumpRefusal === null, 'this machine has a pg_dump that can read the server');
    // The embedded PostgreSQL 18 here, with Debian's pg_dump 15.
    expect(dumpRefusal).toMatch(
      /pg_dump is version \d+ and cannot read a PostgreSQL \d+ server\. Install PostgreSQL \d+'s client tools or set PG_BIN_DIR/,
    );
  });

  it('backs up, survives a wipe, and restores every table exactly', { timeout: 120_000 }, async (context) => {
    context.skip(dumpRefusal !== null, 'no pg_dump here can read this server');
    const before = await fingerprint();
    expect(Number(before['public.messages']?.split(':')[0])).toBeGreaterThanOrEqual(2);
    const file = path.join(folder, 'askbase.dump');
    await backupDatabase(database.url, file);
    expect(statSync(file).size).toBeGreaterThan(0);

    await sql('DROP SCHEMA pgboss CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    expect(await sql(`SELECT 1 FROM pg_tables WHERE schemaname IN ('public', 'pgboss')`)).toEqual([]);

    await restoreDatabase(database.url, file);
    expect(await fingerprint()).toEqual(before);
  });

  it.runIf(dumpRefusal === null)(
    'restores over a database that is in use, replacing what changed since the backup',
    { timeout: 120_000 },
    async (context) => {
      context.skip(dumpRefusal !== null, 'no pg_dump here can read this server');
      const file = path.join(folder, 'second.dump');
      const before = await fingerprint();
      await backupDatabase(database.url, file);
      await sql(`UPDATE users SET name = 'Changed after the backup'`);
      expect(await fingerprint()).not.toEqual(before);
      await restoreDatabase(database.url, file);
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('names what to install when no pg_dump is found', async () => {
    await expect(postgresTool('pg_dump', database.url, '/nonexistent/bin')).rejects.toThrow(
      /\/nonexistent\/bin\/pg_dump was not found\. Install PostgreSQL \d+'s client tools/,
    );
  });
});
