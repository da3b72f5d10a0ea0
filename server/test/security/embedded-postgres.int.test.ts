import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD_FILE, startEmbeddedPostgres } from '../../src/infra/db/embedded-postgres';
import { postgresBinaries } from '../../src/infra/db/embedded-postgres/binaries';
import { isReachableBy, postgresAccount, type RunAs } from '../../src/infra/db/embedded-postgres/run-as';

// Issue 8, item 17: the embedded PostgreSQL's superuser had one fixed password (askbase-embedded) everywhere.

const root = mkdtempSync(path.join(os.tmpdir(), 'askbase-embedded-pw-'));
// mkdtemp makes it 0700; the embedded server runs as the `postgres` user and must reach its data folder.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function query(url: string, sql: string): Promise<Record<string, unknown> | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}
const passwordOf = (dataDir: string) => readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
const withPassword = (url: string, password: string) => url.replace(/:\/\/postgres:[^@]*@/, `://postgres:${encodeURIComponent(password)}@`);

describe('the embedded PostgreSQL', () => {
  it('gets a password of its own per data folder, kept there for its owner only, and listens on loopback only', async () => {
    const dataDir = path.join(root, 'one');
    const first = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    try {
      const password = passwordOf(dataDir);
      expect(password).not.toBe('askbase-embedded');
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(statSync(path.join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
      expect(await query(first.adminUrl, 'show listen_addresses')).toEqual({ listen_addresses: '127.0.0.1' });
      await expect(query(withPassword(first.adminUrl, 'askbase-embedded'), 'select 1')).rejects.toThrow(/password authentication failed/);
    } finally {
      await first.stop();
    }
    // Started again, the folder keeps its password.
    const again = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    await again.stop();
    expect(again.adminUrl).toContain(encodeURIComponent(passwordOf(dataDir)));

    const other = await startEmbeddedPostgres({ dataDir: path.join(root, 'two'), database: 'postgres' });
    await other.stop();
    expect(passwordOf(path.join(root, 'two'))).not.toBe(passwordOf(dataDir));
  });

  it('gives a data folder from before (the fixed password, no password file) a password of its own', async () => {
    const dataDir = path.join(root, 'legacy');
    const created = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    await query(created.adminUrl, `alter user postgres password 'askbase-embedded'`);
    await created.stop();
    unlinkSync(path.join(dataDir, PASSWORD_FILE));

    const adopted = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    try {
      const password = passwordOf(dataDir);
      expect(password).not.toBe('askbase-embedded');
      expect(await query(adopted.adminUrl, 'select 1 as one')).toEqual({ one: 1 });
      await expect(query(withPassword(adopted.adminUrl, 'askbase-embedded'), 'select 1')).rejects.toThrow(/password authentication failed/);
    } finally {
      await adopted.stop();
    }
  });
});

// A checkout in a folder only root can enter (/root/..., `mktemp -d`): as root, PostgreSQL runs as the `postgres`
// account, which could reach neither the binaries under node_modules nor the data folder (initdb: EACCES).
describe.runIf(process.getuid?.() === 0)('as root, in a folder only root can enter', () => {
  const account = postgresAccount() as RunAs;
  const closed = mkdtempSync(path.join(os.tmpdir(), 'askbase-root-only-'));
  afterAll(() => rmSync(closed, { recursive: true, force: true }));

  it('finds such a folder out of reach of the PostgreSQL account, and an opened one within reach', () => {
    expect(statSync(closed).mode & 0o777).toBe(0o700);
    expect(isReachableBy(path.join(closed, 'data', 'PG_VERSION'), account)).toBe(false);
    expect(isReachableBy(path.join(root, 'data', 'PG_VERSION'), account)).toBe(true);
  });

  it('runs the binaries from a reachable copy when the installed ones are out of reach', () => {
    const installed = path.join(closed, 'native');
    mkdirSync(path.join(installed, 'bin'), { recursive: true });
    writeFileSync(path.join(installed, 'bin', 'postgres'), '#!/bin/sh\n', { mode: 0o755 });
    const version = `test-${process.pid}-${Date.now()}`;
    const binaries = postgresBinaries(account, { root: installed, version });
    afterAll(() => rmSync(binaries.root, { recursive: true, force: true }));
    expect(binaries.root).not.toBe(installed);
    expect(isReachableBy(binaries.postgres, account)).toBe(true);
    expect(readFileSync(binaries.postgres, 'utf8')).toBe('#!/bin/sh\n');
    // Reachable binaries are used where they are.
    expect(postgresBinaries(account, { root: binaries.root, version }).root).toBe(binaries.root);
  });

  it('keeps the data of a data folder out of reach under /var/lib/askbase, the same one on every start', async () => {
    const configured = path.join(closed, 'postgres');
    const first = await startEmbeddedPostgres({ dataDir: configured, database: 'postgres' });
    afterAll(() => rmSync(first.dataDir, { recursive: true, force: true }));
    try {
      expect(first.dataDir.startsWith('/var/lib/askbase/postgres-')).toBe(true);
      expect(await query(first.adminUrl, 'select 1 as one')).toEqual({ one: 1 });
      await query(first.adminUrl, 'create table kept (id int)');
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedPostgres({ dataDir: configured, database: 'postgres' });
    try {
      expect(again.dataDir).toBe(first.dataDir);
      expect(await query(again.adminUrl, `select to_regclass('kept')::text as kept`)).toEqual({ kept: 'kept' });
    } finally {
      await again.stop();
    }
  });
});
