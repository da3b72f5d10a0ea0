import type { EntityManager } from '@mikro-orm/postgresql';
import { JOB_SCHEMA, type JobQueue } from '../../infra/jobs/job-queue';
import type { Logger } from '../../infra/logging/logger';
import { INGEST_DOCUMENT_JOB } from './knowledge.service';

/**
 * Documents of ordinary size are indexed in the request that adds them, not by a job: if the instance stops before
 * it finishes, nothing would ever pick them up and they would stay PROCESSING. At start, each instance queues an
 * ingest job for every PROCESSING document that has no job queued or running. The job waits a minute, so an
 * indexing still under way on a live instance finishes first (ingest() then finds the document READY and does
 * nothing). Starts serialise on an advisory lock, so two instances starting together queue one job, not two.
 */
export async function resumeUnfinishedIngestion(em: EntityManager, jobs: JobQueue, logger: Logger): Promise<number> {
  const documentIds = await em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('askbase:resume-ingestion'))`);
    const rows = await tx.execute<Array<{ id: string }>>(
      `select d.id from documents d
        where d.status = 'PROCESSING'
          and not exists (
            select 1 from ${JOB_SCHEMA}.job j
             where j.name = ? and j.data->>'documentId' = d.id::text and j.state in ('created', 'retry', 'active'))
        order by d.created_at, d.id`,
      [INGEST_DOCUMENT_JOB],
    );
    for (const { id } of rows) {
      await jobs.send(INGEST_DOCUMENT_JOB, { documentId: id }, { em: tx, retryLimit: 3, startAfter: RESUME_AFTER_SECONDS });
    }
    return rows.map((row) => row.id);
  });
  if (documentIds.length > 0) logger.info({ documentIds }, 'queued the indexing of documents an earlier run left unfinished');
  return documentIds.length;
}

const RESUME_AFTER_SECONDS = 60;
