import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { serverRoot } from '../src/config/paths';
import { benchCopilot } from './copilot';
import { createBenchFixture } from './fixture';
import { benchApi } from './http/api';
import { benchIdleSubscriptions } from './idle-subscriptions';
import { benchPermissions } from './permissions';
import { type Figure, median, passes, renderTable, saveReport } from './report';
import { benchRetrieval } from './retrieval';
import { benchScale } from './scale/scale';
import { benchSoak } from './soak/soak';
import { benchStartup, STARTUP_GOALS_MS } from './startup';
import { benchStreaming } from './streaming';

const log = (line: string) => process.stderr.write(`${line}\n`);
const SUITES = ['api', 'permissions', 'retrieval', 'copilot', 'scale', 'streaming', 'idle', 'startup', 'soak'] as const;
type Suite = (typeof SUITES)[number];
/**
 * The soak alone takes longer than the 10 minutes the default run must stay within, and so does the scale suite's
 * seed of 1,100,000 passages (computing their stored vectors takes 5–10 minutes of two cores): run them by name.
 */
const NOT_IN_DEFAULT_RUN: readonly Suite[] = ['soak', 'scale'];

/** `--minutes N` (or SOAK_MINUTES): the soak's measured period after its warm-up, 10 by default. */
function soakMinutes(args: string[]): { minutes: number; rest: string[] } {
  const at = args.indexOf('--minutes');
  const given = at >= 0 ? args[at + 1] : process.env.SOAK_MINUTES;
  const minutes = Number(given ?? 10);
  if (!Number.isInteger(minutes) || minutes < 1) throw new Error(`--minutes wants a whole number of minutes, not ${given}`);
  return { minutes, rest: at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args };
}

/**
 * `npm run bench`: every figure beside its goal, in one table, saved as JSON to bench/results/latest.json. Each
 * figure is a ratio or a percentile taken in this run against a baseline from this run, so it means the same on
 * any machine. Progress goes to stderr, the table to stdout. `npm run bench -- api permissions` runs only those;
 * `npm run bench -- soak [--minutes N] [--heap-after-gc]` runs the soak, which the default run leaves out.
 */
async function main(): Promise<void> {
  const { minutes, rest } = soakMinutes(process.argv.slice(2));
  const asked = rest.filter((arg) => arg !== '--heap-after-gc');
  const unknown = asked.filter((name) => !(SUITES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(', ')}: choose from ${SUITES.join(', ')}`);
  const runs = (suite: Suite) => (asked.length === 0 ? !NOT_IN_DEFAULT_RUN.includes(suite) : asked.includes(suite));
  const started = performance.now();
  log('Seeding a throw-away database…');
  const fixture = await createBenchFixture();
  const figures: Figure[] = [];
  try {
    if (runs('api')) {
      log('API overhead (autocannon against Askbase and a bare Apollo Server, each its own process)…');
      figures.push(...(await benchApi(fixture, log)));
    }
    if (runs('permissions')) {
      log('Permission overhead (in process)…');
      figures.push(...(await benchPermissions(fixture)));
    }
    if (runs('retrieval')) await benchRetrievalFigures();
    if (runs('copilot')) await benchCopilotFigures();
    if (runs('scale')) {
      log('Scale: 1,000 workspaces of 1,000 passages and one of 100,000, seeded in bulk, then retrieval, first chunk and plans…');
      figures.push(...(await benchScale(fixture.orm.em.fork(), fixture.databaseUrl)));
    }
    if (runs('streaming')) await benchStreamingFigures();
    if (runs('idle')) await benchIdleFigures();
    if (runs('startup')) await benchStartupFigures();
    if (runs('soak')) {
      log(`Soak: the production server under mixed load, 1 min warm-up then ${minutes} min, 200 subscriptions held…`);
      figures.push(...(await benchSoak(fixture, log, { minutes, heapAfterGc: process.argv.includes('--heap-after-gc') })));
    }
  } finally {
    await fixture.close();
  }

  async function benchRetrievalFigures(): Promise<void> {
    log('Retrieval…');
    const retrieval = await benchRetrieval(fixture.orm.em.fork(), {
      small: await fixture.createWorkspace('Retrieval small'),
      large: await fixture.createWorkspace('Retrieval large'),
    });
    figures.push({
      id: 'retrieval.scaling.ratio',
      label: 'Retrieval: 20,000 vs 1,000 matching passages (time ratio)',
      value: retrieval.ratio,
      unit: 'x',
      detail: `median ${retrieval.medianMs.large} ms vs ${retrieval.medianMs.small} ms, ${retrieval.rounds} rounds`,
    });
  }

  async function benchCopilotFigures(): Promise<void> {
    log('Copilot time to first chunk…');
    const copilot = await benchCopilot(fixture.orm.em.fork(), await fixture.createWorkspace('Copilot 1,000 documents'));
    figures.push({
      id: 'copilot.firstChunk.p95',
      label: 'Copilot: server-side time to first chunk, p95 (1,000 documents)',
      value: copilot.p95Ms,
      unit: 'ms',
      goal: { op: '<=', value: copilot.goalP95Ms },
      detail: `${copilot.benchmark}; p50 ${copilot.p50Ms} ms`,
    });
  }

  async function benchStreamingFigures(): Promise<void> {
    log('Streaming: 1,000 graphql-ws clients, each following an answer (about a minute)…');
    // 10 words an answer keeps the whole suite within its 10 minutes; the p95 settles well before that.
    const streaming = await benchStreaming(fixture.databaseUrl, { clients: 1_000, deltas: 10 });
    figures.push({
      id: 'streaming.publishToReceive.p95',
      label: `Streaming: publish-to-receive p95, ${streaming.clients} clients each streaming an answer`,
      value: streaming.publishToReceiveMs.p95,
      unit: 'ms',
      goal: { op: '<=', value: streaming.goalP95Ms },
      detail: `p50 ${streaming.publishToReceiveMs.p50} ms; ${streaming.eventsMissing} of ${streaming.eventsMeasured} events missing; ${streaming.eventsPerBatch} events per batch`,
    });
  }

  async function benchStartupFigures(): Promise<void> {
    log('Start-up: the built server with the embedded PostgreSQL, first run on a fresh data folder, then three more…');
    const startup = await benchStartup(3);
    figures.push(
      {
        id: 'startup.firstRun',
        label: 'Start-up: npm start ready (/readyz 200), first run (embedded PostgreSQL initialised, all migrations)',
        value: startup.firstRunMs,
        unit: 'ms',
        goal: { op: '<=', value: STARTUP_GOALS_MS.firstRun },
        detail: `bare \`node -e ''\` ${startup.bareNodeMs} ms in the same run`,
      },
      {
        id: 'startup.nextRun.median',
        label: 'Start-up: npm start ready (/readyz 200), later runs (same data folder), median',
        value: median(startup.nextRunMs),
        unit: 'ms',
        goal: { op: '<=', value: STARTUP_GOALS_MS.nextRun },
        detail: `runs: ${startup.nextRunMs.join(', ')} ms`,
      },
    );
  }

  async function benchIdleFigures(): Promise<void> {
    log('Idle subscriptions: 10,000 workspaceUsage subscriptions over graphql-ws (clients in a child process, about 1 minute)…');
    const idle = await benchIdleSubscriptions(fixture.databaseUrl, { subscriptions: 10_000 });
    figures.push({
      id: 'streaming.idleSubscriptions.rssDelta',
      label: `Idle subscriptions: server memory for ${idle.subscriptions.toLocaleString('en')} authenticated subscriptions`,
      value: idle.rssDeltaMb,
      unit: 'MB',
      goal: { op: '<=', value: idle.goalMb },
      detail: `RSS delta after GC, ${idle.sockets} sockets of 10 sessions; heap +${idle.heapDeltaMb} MB; whole process ${idle.rssMb} MB; ${idle.bytesPerSubscription} B each`,
    });
  }

  const durationSeconds = Math.round((performance.now() - started) / 1000);
  process.stdout.write(`\n${renderTable(figures)}\n\n`);
  const file = saveReport(path.join(serverRoot, 'bench', 'results'), {
    startedAt: new Date(Date.now() - durationSeconds * 1000).toISOString(),
    durationSeconds,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform },
    figures: figures.map((figure) => ({ ...figure, pass: passes(figure) })),
  });
  const missed = figures.filter((figure) => passes(figure) === false).length;
  log(`${figures.length} figures, ${missed} missed their goal, in ${durationSeconds} s; saved to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
