import { performance } from 'node:perf_hooks';
import { execute, type GraphQLSchema, parse } from 'graphql';
import { buildContext } from '../src/graphql/context';
import { buildAppSchema, buildBareSchema } from '../src/graphql/schema';
import { type BenchFixture, LIST_ROWS } from './fixture';
import { type Figure, median } from './report';

const WORKSPACES = parse('{ workspaces { id name slug viewerRole createdAt } }');
const ROUNDS = 60;

/**
 * What the permission layer costs (issue 13, item 2): the same `workspaces` query (LIST_ROWS workspaces with roles)
 * against the served schema (shield on every field) and the bare schema, interleaved in one process; the figure is
 * the ratio of their medians, so it means the same on any machine.
 */
export async function benchPermissions(fixture: BenchFixture): Promise<Figure[]> {
  const pubSub = fixture.deps.pubSub;
  const run = async (schema: GraphQLSchema) => {
    const contextValue = await buildContext({
      rootEm: fixture.orm.em,
      deps: fixture.deps,
      token: fixture.listViewer.token,
      client: { ip: null, userAgent: null },
      requestId: 'bench',
      sessionCookie: { set() {}, clear() {} },
    });
    const started = performance.now();
    const result = await execute({ schema, document: WORKSPACES, contextValue });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const rows = (result.data as { workspaces: unknown[] }).workspaces.length;
    if (rows !== LIST_ROWS) throw new Error(`expected ${LIST_ROWS} workspaces, got ${rows}`);
    return performance.now() - started;
  };
  const served = await buildAppSchema(pubSub);
  const bare = await buildBareSchema(pubSub);
  // Warm-up: JIT and the connection pool, not measured.
  for (let i = 0; i < 5; i += 1) await Promise.all([run(served), run(bare)]);
  const times = { served: [] as number[], bare: [] as number[] };
  for (let i = 0; i < ROUNDS; i += 1) {
    // Alternating which goes first, so neither always runs on a warmer cache.
    if (i % 2 === 0) {
      times.served.push(await run(served));
      times.bare.push(await run(bare));
    } else {
      times.bare.push(await run(bare));
      times.served.push(await run(served));
    }
  }
  const ratio = median(times.served) / median(times.bare);
  return [
    {
      id: 'permissions.list1000.ratio',
      label: `Permission overhead: ${LIST_ROWS.toLocaleString('en')}-row list, shield vs bare schema (time ratio)`,
      value: ratio,
      unit: 'x',
      goal: { op: '<=', value: 1.1 },
      detail: `median ${median(times.served).toFixed(1)} ms vs ${median(times.bare).toFixed(1)} ms, ${ROUNDS} rounds each`,
    },
  ];
}
