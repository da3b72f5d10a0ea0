import { type ChildProcess, spawn } from 'node:child_process';
import { chownSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import type { PostgresBinaries } from './binaries';
import { isProcessAlive } from './data-folder';
import type { RunAs } from './run-as';

/** PostgreSQL's own log, beside its data (initdb wants an empty folder, so it appears after the first start). */
export const LOG_FILE = 'askbase-postgres.log';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 30_000;

const asAccount = (runAs: RunAs | null) => (runAs ? { uid: runAs.uid, gid: runAs.gid } : {});
const environment = { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' };

function run(command: string, args: string[], runAs: RunAs | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...asAccount(runAs), env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${output.trim().slice(-2000)}`)),
    );
  });
}

/** Creates the cluster: a superuser `user` with `password`, password authentication, UTF-8. */
export async function initialiseCluster(binaries: PostgresBinaries, dataDir: string, runAs: RunAs | null, user: string, password: string) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  // initdb reads the password from a file: one only the server's account can read, gone once initdb is done.
  const passwordFile = path.join(os.tmpdir(), `askbase-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
  try {
    await run(
      binaries.initdb,
      [`--pgdata=${dataDir}`, '--auth=password', `--username=${user}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--lc-messages=C'],
      runAs,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

export interface PostgresServer {
  pid: number;
  stop(): Promise<void>;
}

const logTail = (dataDir: string) => {
  try {
    return readFileSync(path.join(dataDir, LOG_FILE), 'utf8').trim().split('\n').slice(-8).join('\n');
  } catch {
    return '';
  }
};

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts PostgreSQL in its own process group: a Ctrl-C in the terminal reaches the node process only, which stops
 * the app first and PostgreSQL last (in the same group, PostgreSQL shut down at once and cut the app's connections
 * mid-shutdown). Its output goes to a log file, so it keeps running sanely if the node process dies.
 */
export async function startServer(options: {
  binaries: PostgresBinaries;
  dataDir: string;
  runAs: RunAs | null;
  port: number;
  /** A connection string used to tell when the server is ready. */
  probeUrl: string;
}): Promise<PostgresServer> {
  const log = openSync(path.join(options.dataDir, LOG_FILE), 'w', 0o644);
  let child: ChildProcess;
  try {
    child = spawn(options.binaries.postgres, ['-D', options.dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1'], {
      ...asAccount(options.runAs),
      env: environment,
      detached: true,
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  // If this process exits without stopping it (process.exit, a crash), PostgreSQL is told to stop too. Only
  // kill -9 leaves it running; the next start finds it and takes the folder over.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await acceptsConnections(options.probeUrl))) {
    if (hasExited || Date.now() > deadline) {
      process.removeListener('exit', stopOnExit);
      if (!hasExited) child.kill('SIGQUIT');
      throw new Error(`The embedded PostgreSQL did not start in ${options.dataDir}:\n${logTail(options.dataDir) || '(no output)'}`);
    }
    await delay(100);
  }
  child.unref();
  return {
    pid: child.pid ?? 0,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      if (hasExited) return;
      // Referenced again: waiting for it must keep this process alive.
      child.ref();
      // SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit.
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Stops a PostgreSQL this process did not start (one an earlier Askbase left behind) and waits until it is gone. */
export async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT');
      await delay(500);
      if (isProcessAlive(pid)) throw new Error(`The PostgreSQL left running as process ${pid} did not stop.`);
    }
    await delay(100);
  }
}
