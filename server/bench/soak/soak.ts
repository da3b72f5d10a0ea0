import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { findFreePort } from '../../src/infra/db/embedded-postgres';
import { AuditService } from '../../src/modules/audit/audit.service';
import { CompGrantService } from '../../src/modules/billing/comp-grant.service';
import { PlanId } from '../../src/modules/billing/plans';
import { UsageService } from '../../src/modules/billing/usage.service';
import type { BenchFixture } from '../fixture';
import { startAskbase } from '../http/servers';
import { type Figure, median } from '../report';
import { HeapAfterGc } from './heap-after-gc';
import type { LoadInput, LoadMessage } from './load';
import { type MemorySample, readServerMemory } from './server-memory';
import type { LoadResult } from './tally';

/**
 * Soak (issue 13, item 8): the production server under a steady mixed load for `minutes` after a warm-up, with
 * `subscriptions` workspaceUsage subscriptions held the whole time (bench/soak/load.ts, in a process of its own).
 * Its memory is read from its own /metrics every SAMPLE_MS. Not part of the default `npm run bench`: it takes
 * minutes + warm-up + about a minute of set-up.
 */

export const SOAK_GOALS = { p99Drift: 1.5, memoryGrowth: 0.1 } as const;
const SAMPLE_MS = 10_000;
/** The memory at a moment is the median of the samples in the WINDOW_MS before it: one sample may fall mid-GC. */
const WINDOW_MS = 30_000;

export interface SoakOptions {
  minutes: number;
  warmUpMinutes?: number;
  subscriptions?: number;
  /** Also read the heap after a full GC at the end of warm-up and of each minute (pauses the server each time). */
  heapAfterGc?: boolean;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

function memoryAround(samples: MemorySample[], end: number): { rss: number; heap: number } {
  const window = samples.filter((sample) => sample.at > end - WINDOW_MS && sample.at <= end + 1_000);
  if (window.length === 0) throw new Error('no memory sample in the window: /metrics did not answer');
  return { rss: median(window.map((s) => s.rssBytes)), heap: median(window.map((s) => s.heapUsedBytes)) };
}

/** A plan whose limits the load stays within (FREE allows 20 documents and 100 questions a month). */
async function grantPro(fixture: BenchFixture): Promise<void> {
  const em = fixture.orm.em.fork();
  const usage = new UsageService(em, fixture.deps.pubSub);
  await new CompGrantService(em, new AuditService(em), usage, () => new Date()).grant(
    fixture.teamViewer.workspaceSlug,
    PlanId.PRO,
    null,
    'bench soak',
  );
}

export async function benchSoak(fixture: BenchFixture, log: (line: string) => void, options: SoakOptions): Promise<Figure[]> {
  const warmUpMinutes = options.warmUpMinutes ?? 1;
  const subscriptions = options.subscriptions ?? 200;
  await grantPro(fixture);
  const metricsToken = randomBytes(24).toString('hex');
  // A single user sends every request: the per-user limit on expensive mutations is raised like the rate limit.
  const inspectorPort = options.heapAfterGc ? await findFreePort() : undefined;
  const server = await startAskbase(fixture.databaseUrl, inspectorPort ? [`--inspect=127.0.0.1:${inspectorPort}`] : [], {
    METRICS_TOKEN: metricsToken,
    EXPENSIVE_OPERATIONS_PER_USER: '1000',
  });
  const probe = inspectorPort ? await HeapAfterGc.connect(inspectorPort) : undefined;
  const heapAfterGcMb: number[] = [];
  const readHeapAfterGc = () =>
    probe?.read().then(
      (bytes) => heapAfterGcMb.push(mb(bytes)),
      (error: unknown) => sampleErrors.push(`heap after GC: ${String(error)}`),
    );
  const samples: MemorySample[] = [];
  const sampleErrors: string[] = [];
  const sample = () =>
    readServerMemory(server.url, metricsToken).then(
      (reading) => samples.push(reading),
      (error: unknown) => sampleErrors.push(String(error)),
    );
  await sample();
  const sampler = setInterval(() => void sample(), SAMPLE_MS);
  const clients = fork(path.join(__dirname, 'load.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const marks = { warmedUp: 0, measured: 0 };
    /** The latest RSS sample at the end of each minute: the trend, where the figure only compares two moments. */
    const rssByMinute: number[] = [];
    const result = await new Promise<LoadResult>((resolve, reject) => {
      clients.on('message', (message: LoadMessage) => {
        if (message.kind === 'warmedUp') {
          marks.warmedUp = Date.now();
          void sample();
          void readHeapAfterGc();
          log(`  warm-up done; server RSS ${mb(samples.at(-1)?.rssBytes ?? 0).toFixed(0)} MB`);
        } else if (message.kind === 'minute') {
          const { query, mutation, question } = message.figures;
          rssByMinute.push(mb(samples.at(-1)?.rssBytes ?? 0));
          void readHeapAfterGc();
          log(
            `  minute ${message.index + 1}/${options.minutes}: queries ${query.requests} p99 ${query.p99Ms} ms, mutations ${mutation.requests} p99 ${mutation.p99Ms} ms, questions ${question.requests} p99 ${question.p99Ms} ms; RSS ${mb(samples.at(-1)?.rssBytes ?? 0).toFixed(0)} MB`,
          );
        } else if (message.kind === 'measured') {
          marks.measured = Date.now();
          void sample();
        } else if (message.kind === 'done') resolve(message.result);
        else reject(new Error(`the load failed: ${message.error}`));
      });
      clients.once('exit', (code) => reject(new Error(`the load process exited (${code}) before its result`)));
      clients.send({
        url: server.url,
        sessionToken: fixture.teamViewer.token,
        slug: fixture.teamViewer.workspaceSlug,
        warmUpMs: warmUpMinutes * 60_000,
        minutes: options.minutes,
        subscriptions,
      } satisfies LoadInput);
    });
    await sample();
    await readHeapAfterGc();
    const start = memoryAround(samples, marks.warmedUp);
    const end = memoryAround(samples, marks.measured);
    const memory = { start, end, rssByMinute, heapAfterGcMb, server5xx: samples.at(-1)?.server5xx ?? Number.NaN, sampleErrors };
    return figures(result, memory, options.minutes, warmUpMinutes);
  } finally {
    clearInterval(sampler);
    probe?.close();
    clients.kill();
    await server.stop();
  }
}

interface MemoryFigures {
  start: { rss: number; heap: number };
  end: { rss: number; heap: number };
  rssByMinute: number[];
  heapAfterGcMb: number[];
  server5xx: number;
  sampleErrors: string[];
}

function figures(result: LoadResult, memory: MemoryFigures, minutes: number, warmUpMinutes: number): Figure[] {
  const first = result.minutes[0];
  const last = result.minutes.at(-1);
  const graphqlErrors = Object.values(result.graphqlErrors).reduce((sum, n) => sum + n, 0);
  const total = (kind: 'query' | 'mutation' | 'question') => result.minutes.reduce((sum, minute) => sum + minute[kind].requests, 0);
  const samples = result.samples.length > 0 ? `; first: ${result.samples.slice(0, 3).join(' | ')}` : '';
  const span = `${minutes} min after ${warmUpMinutes} min warm-up`;
  return [
    {
      id: 'soak.http.errors',
      label: `Soak: 5xx answers and transport errors (${span}, warm-up included)`,
      value: result.http5xx + result.transportErrors,
      unit: 'n',
      goal: { op: '<=', value: 0 },
      detail: `${result.http5xx} 5xx, ${result.transportErrors} transport; server's own count of 5xx ${memory.server5xx}; other non-2xx ${result.httpOtherNon2xx}${samples}`,
    },
    {
      id: 'soak.graphql.errors',
      label: 'Soak: GraphQL errors in 200 answers',
      value: graphqlErrors,
      unit: 'n',
      goal: { op: '<=', value: 0 },
      detail: graphqlErrors === 0 ? 'none' : JSON.stringify(result.graphqlErrors),
    },
    {
      id: 'soak.queries.p99.drift',
      label: 'Soak: page queries p99, last minute / first minute after warm-up',
      value: (last?.query.p99Ms ?? 0) / Math.max(0.1, first?.query.p99Ms ?? 0),
      unit: 'x',
      goal: { op: '<=', value: SOAK_GOALS.p99Drift },
      detail: `p99 by minute: ${result.minutes.map((minute) => minute.query.p99Ms).join(', ')} ms; ${total('query')} queries (members, documents, conversations)`,
    },
    {
      id: 'soak.mutations.p99.drift',
      label: 'Soak: mutations p99, last minute / first minute (context)',
      value: (last?.mutation.p99Ms ?? 0) / Math.max(0.1, first?.mutation.p99Ms ?? 0),
      unit: 'x',
      detail: `p99 by minute: ${result.minutes.map((minute) => minute.mutation.p99Ms).join(', ')} ms; ${total('mutation')} mutations (add/delete document, ask, rename/favourite/delete conversation)`,
    },
    {
      id: 'soak.memory.rssGrowth',
      label: 'Soak: server RSS growth from the end of warm-up to the end',
      value: memory.end.rss / memory.start.rss - 1,
      unit: '%',
      goal: { op: '<=', value: SOAK_GOALS.memoryGrowth },
      detail: `${mb(memory.start.rss).toFixed(1)} → ${mb(memory.end.rss).toFixed(1)} MB (median of the 10 s samples of the last 30 s); heap used ${mb(memory.start.heap).toFixed(1)} → ${mb(memory.end.heap).toFixed(1)} MB; RSS at each minute ${memory.rssByMinute.map((value) => value.toFixed(0)).join(', ')} MB${memory.sampleErrors.length > 0 ? `; ${memory.sampleErrors.length} failed samples` : ''}`,
    },
    ...(memory.heapAfterGcMb.length < 2
      ? []
      : [
          {
            id: 'soak.memory.heapAfterGcGrowth',
            label: 'Soak: server heap after a full GC, growth from the end of warm-up to the end (diagnostic)',
            value: (memory.heapAfterGcMb.at(-1) ?? 0) / (memory.heapAfterGcMb[0] ?? 1) - 1,
            unit: '%' as const,
            detail: `at the end of warm-up and of each minute: ${memory.heapAfterGcMb.map((value) => value.toFixed(1)).join(', ')} MB`,
          },
        ]),
    {
      id: 'soak.subscriptions.errors',
      label: `Soak: subscription errors and FAILED answers (${result.subscriptionsHeld} held workspaceUsage + every answerStream)`,
      // An answer that ends FAILED reached its listener, but a soak that breaks answers is not a pass.
      value: result.subscriptionErrors + result.answersFailed,
      unit: 'n',
      goal: { op: '<=', value: 0 },
      detail: `${result.usageEvents.toLocaleString('en')} usage events received; ${result.answersDone} answers streamed to the end, ${result.answersFailed} FAILED; question to last event p99 ${last?.question.p99Ms ?? 0} ms in the last minute`,
    },
  ];
}
