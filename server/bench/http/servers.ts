import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { serverRoot } from '../../src/config/paths';
import { findFreePort } from '../../src/infra/db/embedded-postgres';

export interface BenchServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Waits until GET `url` answers at all (any status): the server is listening. */
async function waitForListening(url: string, child: ChildProcess, stderr: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${stderr.join('')}`);
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not start within 60 s:\n${stderr.join('')}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
}

/**
 * Askbase as `npm start` runs it in production (dist/src/main.js, NODE_ENV=production), against the bench database.
 * Logs at info as JSON to stdout, which goes nowhere (the cheapest a log shipper can be: what remains is Askbase's
 * own cost of logging). The API rate limit is raised so the benchmark measures work, not 429s; Stripe keys are
 * required in production and never used (nothing benchmarked calls Stripe). `nodeOptions` adds flags such as
 * --cpu-prof; `env` adds or overrides settings (the soak raises the per-user limit and turns /metrics on).
 */
export async function startAskbase(
  databaseUrl: string,
  nodeOptions: string[] = [],
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const stderr: string[] = [];
  const child = spawn(process.execPath, [...nodeOptions, path.join(serverRoot, 'dist', 'src', 'main.js')], {
    cwd: serverRoot,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_URL: url,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
      LOG_PRETTY: 'false',
      RATE_LIMIT_PER_MINUTE: '100000000',
      STRIPE_SECRET_KEY: 'sk_test_bench_never_called',
      STRIPE_WEBHOOK_SECRET: 'whsec_bench_never_called',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  await waitForListening(`${url}/healthz`, child, stderr);
  return { url, child, stop: stopper(child) };
}

/** The bare Apollo Server 5 + Express 5 baseline (bench/http/bare-server.ts), in production mode as well. */
export async function startBareApollo(): Promise<BenchServer> {
  const child = spawn(process.execPath, [path.join(serverRoot, 'dist', 'bench', 'http', 'bare-server.js')], {
    cwd: serverRoot,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString('utf8')) as { port: number }).port));
  });
  return { url: `http://127.0.0.1:${port}`, child, stop: stopper(child) };
}
