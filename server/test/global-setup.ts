import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/infra/db/embedded-postgres';
import { runMigrations } from '../src/infra/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server's maintenance database: test files create their databases through it. */
    pgAdminUrl: string;
    /** A migrated database that every test file clones (CREATE DATABASE ... TEMPLATE). */
    pgTemplateDb: string;
  }
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One PostgreSQL for the run: the one in DATABASE_URL, else an embedded server in a temporary folder. Migrations
 * run once, into a template database; each test file then starts from a copy of it in milliseconds.
 */
export default async function setup(project: TestProject) {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = databaseUrl(process.env.DATABASE_URL, 'postgres');
  } else {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'askbase-test-pg-'));
    // mkdtemp makes it 0700; the embedded server runs as the `postgres` user and must reach its data folder.
    chmodSync(tempDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'data'), database: 'postgres' });
    adminUrl = embedded.adminUrl;
    stopEmbedded = embedded.stop;
  }
  const template = `askbase_test_template_${process.pid}`;
  await admin(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${template}`);
    await client.query(`CREATE DATABASE ${template}`);
  });
  await runMigrations(databaseUrl(adminUrl, template));
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplateDb', template);

  return async () => {
    await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)).catch(() => undefined);
    await stopEmbedded?.();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
}
