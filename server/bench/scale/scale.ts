import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadDataset } from '../../eval/dataset';
import { createExtractiveEngine } from '../../src/copilot/engine/extractive-engine';
import { ormOptions } from '../../src/infra/db/mikro-orm.config';
import { RetrievalService } from '../../src/modules/knowledge/retrieval.service';
import { type Figure, percentile, renderTable } from '../report';
import { explainRetrieval, type PlanCheck, planProblems } from './retrieval-plan';
import { SCALE_LAYOUT, type ScaleLayout, type ScaleSeed, scaledWorkspaces, seedScale } from './seed';

export const SCALE_GOALS_MS = { retrievalP95: 50, firstChunkP95: 100 };
/** The copilot's own number of passages per answer (answer-generator.ts). */
const PASSAGES_PER_ANSWER = 6;
const RETRIEVAL_LIMIT = 20;
/** Each question is asked in this many workspaces, spread over all of them. */
const WORKSPACES_PER_QUESTION = 3;
/** Questions asked before measuring, so the figures are of a running server, not of its first reads. */
const WARM_UP = 20;

const round = (ms: number) => Number(ms.toFixed(1));
const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Issue 13, item 5, at the sizes the issue names: retrieval of the top 20 over 1,000,000 passages in 1,000
 * workspaces, the copilot's time to first chunk in a workspace of 100,000 passages, and the plan of the retrieval
 * statement (index used, no to_tsvector at query time). Every question of the evaluation set is asked.
 */
export async function benchScale(
  em: EntityManager,
  databaseUrl: string,
  options: { layout?: ScaleLayout; seeded?: boolean } = {},
): Promise<Figure[]> {
  const layout = options.layout ?? SCALE_LAYOUT;
  const started = performance.now();
  const seed: ScaleSeed = options.seeded ? await scaledWorkspaces(databaseUrl, layout) : await seedScale(databaseUrl, layout, log);
  const seedSeconds = Math.round((performance.now() - started) / 1000);
  const questions = loadDataset().questions.map((question) => question.question);
  const retrieval = new RetrievalService(em, 'english');
  const workspaceOf = (at: number) => seed.workspaceIds[(at * 7_919) % seed.workspaceIds.length] as string;

  log(`  retrieval: ${questions.length} questions x ${WORKSPACES_PER_QUESTION} workspaces, top ${RETRIEVAL_LIMIT}…`);
  const asked = Array.from({ length: questions.length * WORKSPACES_PER_QUESTION }, (_, at) => ({
    question: questions[at % questions.length] as string,
    workspaceId: workspaceOf(at),
    where: '',
  }));
  for (const { question, workspaceId } of asked.slice(0, WARM_UP)) await retrieval.search(workspaceId, question, RETRIEVAL_LIMIT);
  const retrievalMs: number[] = [];
  for (const { question, workspaceId } of asked) {
    const at = performance.now();
    await retrieval.search(workspaceId, question, RETRIEVAL_LIMIT);
    retrievalMs.push(performance.now() - at);
  }

  log(`  copilot time to first chunk: ${questions.length} questions in the workspace of ${layout.largePassages} passages…`);
  const engine = createExtractiveEngine({ language: 'english' });
  const firstChunk = async (question: string) => {
    const at = performance.now();
    const found = await retrieval.search(seed.largeWorkspaceId, question, PASSAGES_PER_ANSWER);
    for await (const chunk of engine.answer({ ...found, signal: new AbortController().signal })) {
      if (chunk.type === 'delta') break;
    }
    return performance.now() - at;
  };
  for (const question of questions.slice(0, WARM_UP)) await firstChunk(question);
  const firstChunkMs: number[] = [];
  const largeRetrievalMs: number[] = [];
  for (const question of questions) {
    firstChunkMs.push(await firstChunk(question));
    const at = performance.now();
    await retrieval.search(seed.largeWorkspaceId, question, RETRIEVAL_LIMIT);
    largeRetrievalMs.push(performance.now() - at);
  }

  // The plans of the slowest questions: the ones where an index not used, or used badly, would show.
  type Asked = { question: string; workspaceId: string; where: string };
  const slowest = (times: number[], of: (at: number) => Asked) =>
    times
      .map((ms, at) => ({ ms, ...of(at) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 2);
  const planned = [
    ...slowest(retrievalMs, (at) => ({ ...(asked[at] as Asked), where: `one of ${layout.workspaces} workspaces` })),
    ...slowest(largeRetrievalMs, (at) => ({
      question: questions[at] as string,
      workspaceId: seed.largeWorkspaceId,
      where: `the workspace of ${layout.largePassages} passages`,
    })),
  ];
  const plans: PlanCheck[] = [];
  for (const { question, workspaceId, where } of planned) {
    const plan = await explainRetrieval(em, workspaceId, question, RETRIEVAL_LIMIT);
    plans.push(plan);
    log(`  EXPLAIN (ANALYZE, BUFFERS), ${where}: "${question}"`);
    for (const line of plan.keyLines) log(`    ${line}`);
  }
  const problems = plans.flatMap((plan) => planProblems(plan).map((problem) => `"${plan.question}": ${problem}`));
  log(
    problems.length === 0
      ? '  plans: every passage scan uses an index on body_vector, no to_tsvector'
      : `  PLAN PROBLEMS:\n    ${problems.join('\n    ')}`,
  );

  const indexes = [
    ...new Set(plans.flatMap((plan) => plan.indexScans.map((scan) => /on (\w+)|using (\w+)/.exec(scan.node)?.slice(1).find(Boolean)))),
  ];
  const total = `${seed.passages.toLocaleString('en')} passages`;
  return [
    {
      id: 'retrieval.scale.p95',
      label: `Retrieval: top ${RETRIEVAL_LIMIT} over ${(layout.workspaces * layout.passagesEach).toLocaleString('en')} passages in ${layout.workspaces.toLocaleString('en')} workspaces, p95`,
      value: round(percentile(retrievalMs, 95)),
      unit: 'ms',
      goal: { op: '<=', value: SCALE_GOALS_MS.retrievalP95 },
      detail: `p50 ${round(percentile(retrievalMs, 50))} ms; ${retrievalMs.length} searches (${questions.length} eval questions x ${WORKSPACES_PER_QUESTION} workspaces); analysis + ranking statement; ${total} in the database, seeded in ${seedSeconds} s`,
    },
    {
      id: 'retrieval.scale.large.p95',
      label: `Retrieval: top ${RETRIEVAL_LIMIT} in the workspace of ${layout.largePassages.toLocaleString('en')} passages, p95 (context)`,
      value: round(percentile(largeRetrievalMs, 95)),
      unit: 'ms',
      detail: `p50 ${round(percentile(largeRetrievalMs, 50))} ms; ${largeRetrievalMs.length} questions`,
    },
    {
      id: 'copilot.firstChunk.scale.p95',
      label: `Copilot: server-side time to first chunk, p95 (workspace of ${layout.largePassages.toLocaleString('en')} passages)`,
      value: round(percentile(firstChunkMs, 95)),
      unit: 'ms',
      goal: { op: '<=', value: SCALE_GOALS_MS.firstChunkP95 },
      detail: `p50 ${round(percentile(firstChunkMs, 50))} ms; retrieval of ${PASSAGES_PER_ANSWER} + built-in engine to its first words, ${firstChunkMs.length} questions`,
    },
    {
      id: 'retrieval.scale.plan',
      label: 'Retrieval plan (EXPLAIN ANALYZE of the slowest questions): passage scans without an index, to_tsvector at query time',
      value: problems.length,
      unit: 'n',
      goal: { op: '<=', value: 0 },
      detail: `${plans.length} plans; indexes used: ${indexes.join(', ') || 'none'}; execution ${plans.map((plan) => plan.executionMs.toFixed(1)).join(', ')} ms`,
    },
  ];
}

/** Alone, against a migrated database: `node dist/bench/scale/scale.js <DATABASE_URL> [--seeded]` (`--seeded` reuses an earlier seed). */
if (require.main === module) {
  const [databaseUrl] = process.argv.slice(2);
  if (!databaseUrl) throw new Error('usage: node dist/bench/scale/scale.js <DATABASE_URL> [--seeded]');
  void (async () => {
    const orm = await MikroORM.init(ormOptions(databaseUrl));
    try {
      const figures = await benchScale(orm.em.fork(), databaseUrl, { seeded: process.argv.includes('--seeded') });
      process.stdout.write(`\n${renderTable(figures)}\n`);
    } finally {
      await orm.close();
    }
  })();
}
