import 'reflect-metadata';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createBenchFixture } from './fixture';
import { membersQuery } from './http/api';
import { startAskbase } from './http/servers';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time per function (summed over every call path), highest first, over the samples of the window
 * [endTime - skipEndMs - windowMs, endTime - skipEndMs]: the load, without start-up (module loading) or shut-down.
 */
function topFrames(profile: CpuProfile, window: { windowMs: number; skipEndMs: number }, count: number): string[] {
  const to = profile.endTime - window.skipEndMs * 1000;
  const from = to - window.windowMs * 1000;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const hits = new Map<string, number>();
  let total = 0;
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node || time < from || time > to) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      .replace(/^file:\/\//, '')
      .replace(/^.*node_modules\//, '~/')
      .replace(`${process.cwd()}/`, '');
    const key = `${functionName || '(anonymous)'}  ${where ? `${where}:${lineNumber + 1}` : ''}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    total += 1;
  });
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, value]) => `${((value / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
}

/**
 * `npm run bench:profile -- typename|members`: the production server under the benchmark's load with --cpu-prof,
 * then the functions with the most self time. The .cpuprofile stays in the printed folder for Chrome DevTools.
 */
async function main(): Promise<void> {
  const which = process.argv[2] === 'members' ? 'members' : 'typename';
  const seconds = Number(process.argv[3] ?? 10);
  const fixture = await createBenchFixture();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'askbase-cpu-prof-'));
  let loadEnded = performance.now();
  let stoppedAfterMs = 0;
  const server = await startAskbase(fixture.databaseUrl, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  try {
    const body = which === 'members' ? membersQuery(fixture.teamViewer.workspaceSlug) : JSON.stringify({ query: '{ __typename }' });
    // As in the suite: { __typename } anonymous, the members query signed in.
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (which === 'members') headers.cookie = `__Host-askbase_session=${fixture.teamViewer.token}`;
    const alone: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now();
      await fetch(`${server.url}/graphql`, { method: 'POST', headers, body }).then((response) => response.text());
      alone.push(performance.now() - started);
    }
    process.stderr.write(`${which}, one at a time: ${alone.map((ms) => ms.toFixed(1)).join(' ')} ms\n`);
    // Transactions the database committed meanwhile (a statement outside a transaction is one): the SQL per request.
    const committed = async () => {
      const rows: Array<{ xact_commit: string }> = await fixture.orm.em
        .getConnection()
        .execute('select xact_commit from pg_stat_database where datname = current_database()');
      return Number(rows[0]?.xact_commit);
    };
    const before = await committed();
    const result = await autocannon({ url: `${server.url}/graphql`, connections: 50, duration: seconds, method: 'POST', headers, body });
    const perRequest = ((await committed()) - before) / result.requests.total;
    process.stderr.write(
      `${which}: ${Math.round(result.requests.total / result.duration)} rps, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, ${perRequest.toFixed(2)} transactions per request\n`,
    );
    loadEnded = performance.now();
  } finally {
    await server.stop();
    stoppedAfterMs = performance.now() - loadEnded;
    await fixture.close();
  }
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
  process.stdout.write(
    `${path.join(dir, file)}\n${topFrames(profile, { windowMs: seconds * 1000, skipEndMs: stoppedAfterMs }, 45).join('\n')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
