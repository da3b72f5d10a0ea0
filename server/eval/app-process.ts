import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverRoot } from '../src/config/paths';
import { findFreePort, startEmbeddedPostgres } from '../src/infra/db/embedded-postgres';

export interface RunningAskbase {
  baseUrl: string;
  /** The server's database, for what the public API does not show (whether passages have their vectors yet). */
  databaseUrl: string;
  stop(): Promise<void>;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Askbase exited with code ${child.exitCode} before it was ready`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Askbase was not ready within ${timeoutMs} ms`);
}

/**
 * The built server (`dist/src/main.js`) as its own process, exactly as `npm start` runs it, on a fresh embedded
 * PostgreSQL in a temporary folder (or on DATABASE_URL when the caller's environment sets one). The harness starts
 * that PostgreSQL itself (the server's own code for it) and hands it over as DATABASE_URL, so that it can read the
 * database too. The built-in engine answers without its typing delay, and the request limits are raised: the harness
 * is one very busy user.
 */
export async function startAskbase(env: Record<string, string> = {}): Promise<RunningAskbase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'askbase-eval-'));
  // The embedded PostgreSQL runs as an unprivileged user that must reach its data folder.
  chmodSync(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), database: 'askbase' });
  const databaseUrl = process.env.DATABASE_URL ?? (embedded as NonNullable<typeof embedded>).url;
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(serverRoot, 'dist', 'src', 'main.js')], {
    cwd: serverRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_URL: baseUrl,
      DATABASE_URL: databaseUrl,
      // Still set: the Stripe emulator keeps its state beside it, in the temporary folder.
      EMBEDDED_PG_DIR: path.join(dataDir, 'postgres'),
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      EXTRACTIVE_ANSWER_DELAY_MS: '0',
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseUrl, stop };
}
