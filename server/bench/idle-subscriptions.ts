import 'reflect-metadata';
import { fork } from 'node:child_process';
import v8 from 'node:v8';
import vm from 'node:vm';
import { MikroORM } from '@mikro-orm/postgresql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { selectAnswerEngine } from '../src/copilot/engine/select-engine';
import { ormOptions } from '../src/infra/db/mikro-orm.config';
import { createLogger } from '../src/infra/logging/logger';
import { createMemoryPubSub } from '../src/infra/pubsub/pubsub';
import { AnswerGenerator } from '../src/modules/copilot/answer-generator';
import { startBenchWsServer } from './ws-bench-server';

/**
 * Server memory of idle authenticated subscriptions (issue 13, item 4: 10,000 in under 1 GB). The clients run in a
 * child process, so the server's memory is its own: `sessions` browser sessions, each with `socketsPerSession`
 * graphql-ws sockets of `perSocket` workspaceUsage subscriptions (a usage bar: one event, then silence). The figure is
 * the server process's RSS once every subscription has its first event, minus before any socket opened, both after
 * a full garbage collection; the heap's share is reported beside it.
 *
 * `node dist/bench/idle-subscriptions.js <migrated DATABASE_URL> [subscriptions]` runs it alone.
 */

export const GOAL_MB = 1_024;

export interface IdleOptions {
  subscriptions?: number;
  sessions?: number;
  /** At most MAX_SUBSCRIPTIONS_PER_CONNECTION (20). */
  perSocket?: number;
}

export interface IdleFigures {
  benchmark: string;
  subscriptions: number;
  sockets: number;
  rssDeltaMb: number;
  heapDeltaMb: number;
  rssMb: number;
  goalMb: number;
  bytesPerSubscription: number;
  openSeconds: number;
}

interface ClientsInput {
  url: string;
  tokens: string[];
  workspaceId: string;
  sockets: number;
  perSocket: number;
}
type ClientsMessage = { kind: 'ready'; subscriptions: number } | { kind: 'failed'; error: string };

const USAGE = 'subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }';
/** Sockets opened at a time: more overflow the listen backlog (ECONNRESET), which is not what is measured. */
const CONNECT_WAVE = 50;
const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

/** The clients' side, in the child process: opens everything, reports, then holds it until killed. */
async function runClients(input: ClientsInput): Promise<void> {
  const send = (message: ClientsMessage) => process.send?.(message);
  let ready = 0;
  const open = (socket: number) =>
    new Promise<void>((opened, failed) => {
      const client = createClient({
        url: input.url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${input.tokens[socket % input.tokens.length]}` },
        retryAttempts: 0,
        lazy: false,
      });
      let first = 0;
      for (let i = 0; i < input.perSocket; i += 1)
        client.subscribe(
          { query: USAGE, variables: { workspaceId: input.workspaceId } },
          {
            next: (result) => {
              if (result.errors) return failed(new Error(JSON.stringify(result.errors)));
              ready += 1;
              first += 1;
              if (first === input.perSocket) opened();
            },
            error: (error) => failed(new Error(error instanceof Error ? error.message : JSON.stringify(error))),
            complete: () => failed(new Error('a subscription completed')),
          },
        );
    });
  try {
    for (let first = 0; first < input.sockets; first += CONNECT_WAVE)
      await Promise.all(Array.from({ length: Math.min(CONNECT_WAVE, input.sockets - first) }, (_, i) => open(first + i)));
    send({ kind: 'ready', subscriptions: ready });
  } catch (error) {
    send({ kind: 'failed', error: String(error) });
  }
}

/** A full collection, then the process's memory. */
function measured(): { rss: number; heap: number } {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heap: heapUsed };
}

export async function benchIdleSubscriptions(databaseUrl: string, options: IdleOptions = {}): Promise<IdleFigures> {
  const perSocket = options.perSocket ?? 10;
  const sockets = Math.ceil((options.subscriptions ?? 10_000) / perSocket);
  const subscriptions = sockets * perSocket;
  const orm = await MikroORM.init(ormOptions(databaseUrl, { pool: { min: 0, max: 10 } }));
  const logger = createLogger({ logLevel: 'silent', logPretty: false });
  const pubSub = createMemoryPubSub();
  const generator = new AnswerGenerator({ rootEm: orm.em, pubSub, engine: selectAnswerEngine({}), searchLanguage: 'english', logger });
  const server = await startBenchWsServer(orm, databaseUrl, pubSub, generator, logger);
  const tokens = await server.openSessions(options.sessions ?? 10);
  const clients = fork(__filename, ['--clients'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const before = measured();
    const started = performance.now();
    clients.send({ url: server.url, tokens, workspaceId: server.workspace.id, sockets, perSocket } satisfies ClientsInput);
    const message = await new Promise<ClientsMessage>((resolve, reject) => {
      clients.once('message', (reply: ClientsMessage) => resolve(reply));
      clients.once('exit', (code) => reject(new Error(`the clients' process exited (${code})`)));
    });
    if (message.kind === 'failed') throw new Error(`a client failed: ${message.error}`);
    const openSeconds = (performance.now() - started) / 1000;
    const after = measured();
    return {
      benchmark: `${subscriptions} idle workspaceUsage subscriptions, ${sockets} sockets of ${tokens.length} sessions`,
      subscriptions: message.subscriptions,
      sockets,
      rssDeltaMb: mb(after.rss - before.rss),
      heapDeltaMb: mb(after.heap - before.heap),
      rssMb: mb(after.rss),
      goalMb: GOAL_MB,
      bytesPerSubscription: Math.round((after.rss - before.rss) / subscriptions),
      openSeconds: Number(openSeconds.toFixed(1)),
    };
  } finally {
    clients.kill();
    await server.close();
    await orm.close();
  }
}

if (process.argv.includes('--clients')) process.once('message', (input: ClientsInput) => void runClients(input));
else if (require.main === module) {
  const [databaseUrl, subscriptions] = process.argv.slice(2);
  if (!databaseUrl) throw new Error('usage: node dist/bench/idle-subscriptions.js <migrated DATABASE_URL> [subscriptions]');
  benchIdleSubscriptions(databaseUrl, { subscriptions: subscriptions ? Number(subscriptions) : undefined }).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
