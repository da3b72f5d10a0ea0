import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { serverRoot } from '../src/config/paths';
import { findFreePort } from '../src/infra/db/embedded-postgres';

/** Issue 13, item 7: `npm start` ready in ≤ 15 s on a first run (embedded PostgreSQL initialised) and ≤ 5 s after. */
export const STARTUP_GOALS_MS = { firstRun: 15_000, nextRun: 5_000 } as const;
const GIVE_UP_MS = 120_000;

export interface StartupResult {
  firstRunMs: number;
  nextRunMs: number[];
  /** `node -e ''` in the same run: what any Node.js process costs here before our code runs. */
  bareNodeMs: number;
}

/**
 * What `npm start` does after its build: the built server (`dist/src/main.js`) with no DATABASE_URL, so it starts
 * the embedded PostgreSQL, migrates and listens. Ready = the first 200 from /readyz (the database answers). First
 * run on a fresh data folder (initdb, every migration), then `nextRuns` runs on the same folder.
 */
export async function benchStartup(nextRuns = 3): Promise<StartupResult> {
  // Not mktemp's mode 700: PostgreSQL runs as an unprivileged user that must reach the folder (STACK.md).
  const dataRoot = path.join(os.tmpdir(), `askbase-bench-startup-${process.pid}`);
  mkdirSync(dataRoot, { recursive: true });
  chmodSync(dataRoot, 0o755);
  const dataDir = path.join(dataRoot, 'postgres');
  try {
    const bareNodeMs = await timeExit(spawn(process.execPath, ['-e', ''], { stdio: 'ignore' }));
    const firstRunMs = await timeStart(dataDir);
    const nextRunMs: number[] = [];
    for (let run = 0; run < nextRuns; run += 1) nextRunMs.push(await timeStart(dataDir));
    return { firstRunMs, nextRunMs, bareNodeMs };
  } finally {
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

async function timeStart(dataDir: string): Promise<number> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_PG_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.NODE_ENV;
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(serverRoot, 'dist', 'src', 'main.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before it was ready:\n${stderr}`);
      if (performance.now() - started > GIVE_UP_MS) throw new Error(`the server was not ready after ${GIVE_UP_MS} ms:\n${stderr}`);
      if (await isReady(port)) return Math.round(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    // SIGTERM: the server's own shutdown stops the embedded PostgreSQL, which the next run needs free.
    child.kill('SIGTERM');
    await timeExit(child);
  }
}

async function isReady(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

function timeExit(child: ChildProcess): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(0);
    else child.once('exit', () => resolve(Math.round(performance.now() - started)));
  });
}
