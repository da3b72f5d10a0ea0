import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { serverRoot } from '../src/config/paths';
import { findFreePort } from '../src/infra/db/embedded-postgres';
import { waitFor } from './wait-for';

/** One JSON log line of the server (LOG_PRETTY=false). */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Log lines so far (stdout), and anything else it printed. */
  logs: LogLine[];
  output: string[];
  waitUntilReady(timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code (or the signal that killed it). */
  exited: Promise<number | NodeJS.Signals | null>;
}

/**
 * The built server (`dist/src/main.js`) as its own process, as `npm start` runs it, in a process group of its own
 * (so a test can send a signal to the whole group, as a terminal's Ctrl-C does).
 */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(serverRoot, 'dist', 'src', 'main.js')], {
    cwd: serverRoot,
    detached: true,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_URL: url,
      LOG_LEVEL: 'info',
      LOG_PRETTY: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        output.push(line);
      }
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  return {
    child,
    url,
    logs,
    output,
    exited,
    waitUntilReady: async (timeoutMs = 30_000) => {
      await waitFor(
        async () => {
          if (hasExited) throw new Error(`The server exited before it was ready:\n${JSON.stringify(logs)}\n${output.join('\n')}`);
          return fetch(`${url}/readyz`).then(
            (response) => response.ok,
            () => false,
          );
        },
        { description: 'the server ready', timeoutMs, intervalMs: 100 },
      );
    },
  };
}

/** Lines logged at ERROR (50) or FATAL (60). */
export const errorLines = (logs: LogLine[]) => logs.filter((line) => line.level >= 50);
