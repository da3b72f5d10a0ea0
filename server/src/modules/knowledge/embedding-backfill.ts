import type { EntityManager } from '@mikro-orm/postgresql';
import type { Embedder } from '../../infra/embeddings/openai-compatible-embedder';
import { JOB_SCHEMA, type JobQueue } from '../../infra/jobs/job-queue';
import type { Logger } from '../../infra/logging/logger';
import { embedDocumentPassages } from './passage-embeddings';

/**
 * Gives vectors of the configured model to the passages that have none: documents stored before an embeddings
 * endpoint was configured, or embedded by another model (semantic retrieval ignores vectors of another model, so
 * without this a change of model turned those documents lexical-only for good).
 */
export const EMBED_MISSING_PASSAGES_JOB = 'embed-missing-passages';

/** Documents read per round of the backfill: the next ones are found again after each round, so none is missed. */
const DOCUMENTS_PER_ROUND = 50;

/** READY documents holding a passage without a vector of the model; the `(created_at, id)` key walks them in order. */
const LACKING_VECTORS = `d.status = 'READY'
  and exists (select 1 from passages p where p.document_id = d.id and (p.embedding is null or p.embedding_model is distinct from ?))`;

/**
 * At start, with an embeddings endpoint configured: queues one backfill job when some READY document lacks vectors
 * of the model and no backfill is queued or running. Starts serialise on an advisory lock, so instances starting
 * together queue one job. One job for the whole backfill, not one per document: an install of 100,000 documents
 * starts as fast as an empty one, and the endpoint sees one caller at a time. Returns whether a job was queued.
 */
export async function queueEmbeddingBackfill(em: EntityManager, jobs: JobQueue, model: string, logger: Logger): Promise<boolean> {
  const queued = await em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('askbase:embedding-backfill'))`);
    const [pending] = await tx.execute<Array<{ backfill: boolean; lacking: boolean }>>(
      `select exists (select 1 from ${JOB_SCHEMA}.job j where j.name = ? and j.state in ('created', 'retry', 'active')) as backfill,
              exists (select 1 from documents d where ${LACKING_VECTORS}) as lacking`,
      [EMBED_MISSING_PASSAGES_JOB, model],
    );
    if (!pending?.lacking || pending.backfill) return false;
    // The endpoint may be down at start: retried with a growing delay, each retry continuing where the last stopped.
    await jobs.send(EMBED_MISSING_PASSAGES_JOB, {}, { em: tx, retryLimit: 8, retryBackoff: true, retryDelay: 30 });
    return true;
  });
  if (queued) logger.info({ model }, 'queued vectors for the passages stored without one of this embedding model');
  return queued;
}

/**
 * The backfill job: every READY document lacking vectors of the embedder's model, oldest first, through the same
 * idempotent, resumable step as a new document's job. A failure (the endpoint down) fails the job, which pg-boss
 * retries; the documents done so far keep their vectors, so the retry goes on from the first one still lacking.
 * Returns how many documents and passages it embedded.
 */
export async function embedMissingPassages(em: EntityManager, embedder: Embedder): Promise<{ documents: number; passages: number }> {
  const connection = em.getConnection();
  let after: { createdAt: Date; id: string } | null = null;
  let documents = 0;
  let passages = 0;
  for (;;) {
    const rows: Array<{ id: string; createdAt: Date }> = await connection.execute(
      `select d.id, d.created_at as "createdAt" from documents d
        where ${LACKING_VECTORS} ${after ? 'and (d.created_at, d.id) > (?, ?)' : ''}
        order by d.created_at, d.id
        limit ${DOCUMENTS_PER_ROUND}`,
      after ? [embedder.model, after.createdAt, after.id] : [embedder.model],
    );
    for (const row of rows) {
      const embedded = await embedDocumentPassages(em, embedder, row.id);
      if (embedded > 0) documents += 1;
      passages += embedded;
    }
    const last = rows.at(-1);
    if (!last || rows.length < DOCUMENTS_PER_ROUND) return { documents, passages };
    after = last;
  }
}
