import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RetrievalService } from '../src/modules/knowledge/retrieval.service';

const ROUNDS = 40;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** `count` passages that all match the question's terms: the worst case for ranking cost. */
async function seedWorkspace(em: EntityManager, workspaceId: string, count: number): Promise<void> {
  await em.getConnection().execute(
    `with doc as (
       insert into documents (id, workspace_id, title, mime_type, size_bytes, content, status, created_at)
       values (gen_random_uuid(), ?, 'Refund handbook', 'text/markdown', 1, '', 'READY', now()) returning id
     )
     insert into passages (id, document_id, workspace_id, position, heading, content, document_title, language)
     select gen_random_uuid(), doc.id, ?, n, 'Refunds ' || n,
            'Refund requests number ' || n || ' are paid back within ' || (n % 30) || ' business days after approval.',
            'Refund handbook', 'english'
     from doc, generate_series(1, ?) as n`,
    [workspaceId, workspaceId, count],
  );
  await em.getConnection().execute('analyze passages');
}

/**
 * Retrieval cost as the workspace grows: the same question over 1,000 and 20,000 matching passages. Every matching
 * passage is ranked (BM25 over the candidates the rarest terms bring in, within CANDIDATE_BUDGET), so the ratio
 * shows what a 20x larger match set costs.
 */
export async function benchRetrieval(em: EntityManager, workspaces: { small: string; large: string }) {
  await seedWorkspace(em, workspaces.small, 1_000);
  await seedWorkspace(em, workspaces.large, 20_000);
  const retrieval = new RetrievalService(em, 'english');
  const time = async (workspaceId: string) => {
    const started = performance.now();
    const { passages: rows } = await retrieval.search(workspaceId, 'How long until refunds are paid back?');
    if (rows.length === 0) throw new Error('retrieval found nothing');
    return performance.now() - started;
  };
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    small.push(await time(workspaces.small));
    large.push(await time(workspaces.large));
  }
  return {
    benchmark: 'retrieval: 20,000 vs 1,000 matching passages (BM25 after a cheap first pass)',
    rounds: ROUNDS,
    medianMs: { small: Number(median(small).toFixed(3)), large: Number(median(large).toFixed(3)) },
    ratio: Number((median(large) / median(small)).toFixed(2)),
  };
}
