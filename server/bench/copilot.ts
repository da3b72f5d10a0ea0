import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadDataset } from '../eval/dataset';
import { createExtractiveEngine } from '../src/copilot/engine/extractive-engine';
import { RetrievalService } from '../src/modules/knowledge/retrieval.service';
import { loadCorpusPages } from './corpus-pages';

export const DOCUMENTS = 1_000;
const GOAL_P95_MS = 300;
const BATCH = 500;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/**
 * A workspace of DOCUMENTS real documentation pages: the evaluation corpora (48 pages), extracted and split as
 * ingestion does, copied until there are DOCUMENTS of them. Written with plain inserts: the triggers keep the
 * workspace's term statistics exactly as ingestion would.
 */
async function seedWorkspace(em: EntityManager, workspaceId: string): Promise<number> {
  const pages = await loadCorpusPages();
  let rows: unknown[][] = [];
  let total = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    await em.getConnection().execute(
      `insert into passages (id, document_id, workspace_id, position, heading, content, document_title, language)
       select (r->>0)::uuid, (r->>1)::uuid, (r->>2)::uuid, (r->>3)::int, r->>4, r->>5, r->>6, 'english'
       from jsonb_array_elements(?::jsonb) r`,
      [JSON.stringify(rows)],
    );
    total += rows.length;
    rows = [];
  };
  for (let i = 0; i < DOCUMENTS; i++) {
    const page = pages[i % pages.length] as (typeof pages)[number];
    const documentId = randomUUID();
    const title = i < pages.length ? page.title : `${page.title} (copy ${Math.floor(i / pages.length)})`;
    await em.getConnection().execute(
      `insert into documents (id, workspace_id, title, mime_type, size_bytes, content, status, chunk_count, created_at)
       values (?, ?, ?, 'text/markdown', 1, '', 'READY', ?, now())`,
      [documentId, workspaceId, title.slice(0, 300), page.passages.length],
    );
    for (const passage of page.passages) {
      rows.push([randomUUID(), documentId, workspaceId, passage.index, passage.heading, passage.content, title.slice(0, 300)]);
      if (rows.length >= BATCH) await flush();
    }
  }
  await flush();
  await em.getConnection().execute('analyze passages');
  return total;
}

/**
 * Server-side time to first chunk on a workspace of 1,000 documents: retrieval, then the built-in engine until it
 * yields its first text, for every question of the evaluation set. Percentiles, with the goal beside them.
 */
export async function benchCopilot(em: EntityManager, workspaceId: string) {
  const passages = await seedWorkspace(em, workspaceId);
  const retrieval = new RetrievalService(em, 'english');
  const engine = createExtractiveEngine({ language: 'english' });
  const timings: number[] = [];
  for (const { question } of loadDataset().questions) {
    const started = performance.now();
    const found = await retrieval.search(workspaceId, question);
    for await (const chunk of engine.answer({ ...found, signal: new AbortController().signal })) {
      if (chunk.type === 'delta') break;
    }
    timings.push(performance.now() - started);
  }
  return {
    benchmark: `copilot time to first chunk, ${DOCUMENTS} documents (${passages} passages), ${timings.length} questions`,
    p50Ms: Number(percentile(timings, 50).toFixed(1)),
    p95Ms: Number(percentile(timings, 95).toFixed(1)),
    goalP95Ms: GOAL_P95_MS,
    met: percentile(timings, 95) <= GOAL_P95_MS,
  };
}
