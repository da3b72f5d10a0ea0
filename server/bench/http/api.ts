import autocannon from 'autocannon';
import { type BenchFixture, TEAM_MEMBERS } from '../fixture';
import { type Figure, median } from '../report';
import { type BenchServer, startAskbase, startBareApollo } from './servers';

const CONNECTIONS = 50;
const SECONDS = 5;
const WARM_UP_SECONDS = 3;
/** Alternating pairs of Askbase and bare runs: a slow moment of the machine falls on both, not on one. */
const PAIRS = 5;
const MEMBER_RUNS = 3;

const TYPENAME = JSON.stringify({ query: '{ __typename }' });

/** What the members page asks: the viewer, the workspace, and a page of members with their users and roles. */
export const membersQuery = (slug: string) =>
  JSON.stringify({
    query: `query WorkspaceMembers($slug: String!) {
      me { id name email }
      workspace(slug: $slug) {
        id name slug
        members(first: 20) { totalCount edges { node { id role joinedAt user { id name email avatarUrl } } } }
      }
    }`,
    variables: { slug },
  });

interface Load {
  rps: number;
  p99: number;
  requests: number;
}

/**
 * CONNECTIONS connections for `seconds`. Every answer must be byte for byte the checked one (`expected`): GraphQL
 * errors (a pool time-out, a refused session) come back as 200, and a benchmark of fast errors would be a lie.
 */
async function load(server: BenchServer, request: CheckedRequest, seconds: number): Promise<Load> {
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
    expectBody: request.expected,
  });
  if (result.errors > 0 || result.non2xx > 0 || result.mismatches > 0) {
    throw new Error(
      `${server.url}: ${result.errors} errors, ${result.non2xx} non-2xx and ${result.mismatches} unexpected answers of ${result.requests.total}`,
    );
  }
  return { rps: result.requests.total / result.duration, p99: result.latency.p99, requests: result.requests.total };
}

interface CheckedRequest {
  body: string;
  headers: Record<string, string>;
  /** The answer to one request sent alone: data and no errors. */
  expected: string;
}

/** One request first: a wrong query or an expired session must fail loudly, not be benchmarked as fast errors. */
async function checked(server: BenchServer, body: string, headers: Record<string, string>): Promise<CheckedRequest> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (!response.ok || json.errors || !json.data) throw new Error(`${server.url} answered ${response.status}: ${text}`);
  return { body, headers, expected: text };
}

/**
 * API overhead (issue 13, item 1): `{ __typename }` through the whole of Askbase (context, permissions, limits,
 * logging, rate limiting) against a bare Apollo Server 5 + Express 5, each in its own process, alternating; and the
 * members page's query for a signed-in user at the same concurrency.
 */
export async function benchApi(fixture: BenchFixture, log: (line: string) => void): Promise<Figure[]> {
  const askbase = await startAskbase(fixture.databaseUrl);
  const bare = await startBareApollo();
  try {
    const cookie = { cookie: `__Host-askbase_session=${fixture.teamViewer.token}` };
    const askbaseTypename = await checked(askbase, TYPENAME, {});
    const bareTypename = await checked(bare, TYPENAME, {});
    const members = await checked(askbase, membersQuery(fixture.teamViewer.workspaceSlug), cookie);

    await load(askbase, askbaseTypename, WARM_UP_SECONDS);
    await load(bare, bareTypename, WARM_UP_SECONDS);
    const runs = { askbase: [] as Load[], bare: [] as Load[] };
    for (let i = 0; i < PAIRS; i += 1) {
      const order = i % 2 === 0 ? (['askbase', 'bare'] as const) : (['bare', 'askbase'] as const);
      for (const which of order)
        runs[which].push(await (which === 'askbase' ? load(askbase, askbaseTypename, SECONDS) : load(bare, bareTypename, SECONDS)));
      log(
        `  { __typename } pair ${i + 1}/${PAIRS}: Askbase ${Math.round(runs.askbase[i]?.rps ?? 0)} rps, bare ${Math.round(runs.bare[i]?.rps ?? 0)} rps`,
      );
    }
    const askbaseRps = median(runs.askbase.map((run) => run.rps));
    const bareRps = median(runs.bare.map((run) => run.rps));

    await load(askbase, members, WARM_UP_SECONDS);
    const memberRuns: Load[] = [];
    for (let i = 0; i < MEMBER_RUNS; i += 1) {
      memberRuns.push(await load(askbase, members, SECONDS));
      log(`  members query run ${i + 1}/${MEMBER_RUNS}: ${Math.round(memberRuns[i]?.rps ?? 0)} rps, p99 ${memberRuns[i]?.p99} ms`);
    }
    const p99s = memberRuns.map((run) => run.p99);
    return [
      {
        id: 'api.typename.ratio',
        label: `API overhead: { __typename } through Askbase / bare Apollo 5 + Express 5 (${CONNECTIONS} connections)`,
        value: askbaseRps / bareRps,
        unit: '%',
        goal: { op: '>=', value: 0.85 },
        detail: `median of ${PAIRS} alternating ${SECONDS} s runs: ${Math.round(askbaseRps)} vs ${Math.round(bareRps)} rps`,
      },
      {
        id: 'api.members.p99',
        label: `Signed-in members page query (me, workspace, ${TEAM_MEMBERS} members): p99 at ${CONNECTIONS} connections`,
        value: median(p99s),
        unit: 'ms',
        goal: { op: '<=', value: 50 },
        detail: `median of ${MEMBER_RUNS} ${SECONDS} s runs (${p99s.join(', ')} ms), ${Math.round(median(memberRuns.map((run) => run.rps)))} rps; bare { __typename } p99 ${median(runs.bare.map((run) => run.p99))} ms`,
      },
    ];
  } finally {
    await Promise.all([askbase.stop(), bare.stop()]);
  }
}
