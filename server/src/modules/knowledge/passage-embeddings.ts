import type { EntityManager } from '@mikro-orm/postgresql';
import type { Embedder } from '../../infra/embeddings/openai-compatible-embedder';
import { vectorLiteral } from './search/semantic-search';

/** Queued once a document's passages are stored, when an embeddings endpoint is configured. */
export const EMBED_PASSAGES_JOB = 'embed-passages';
/** Passages read, embedded and written per round: one request to the endpoint, one UPDATE. */
const EMBED_BATCH = 32;

export interface EmbedPassagesJob {
  documentId: string;
}

/** What the model reads for a passage: where it sits (title, heading path), then its text. */
export function embeddingText(passage: { documentTitle: string; heading: string | null; content: string }): string {
  return `${[passage.documentTitle, passage.heading].filter(Boolean).join(' > ')}\n\n${passage.content}`;
}

/**
 * Gives the document's passages their vectors from `embedder`. Idempotent and resumable: only passages without a
 * vector of this model are embedded, a batch at a time, so a retry after a failure (or a restart) continues where
 * it stopped, and a document deleted meanwhile simply has nothing left. A failure fails the job, never the
 * document: retrieval finds passages without vectors lexically. Returns how many passages got a vector.
 */
export async function embedDocumentPassages(em: EntityManager, embedder: Embedder, documentId: string): Promise<number> {
  const connection = em.getConnection();
  let embedded = 0;
  for (;;) {
    const passages = await connection.execute<Array<{ id: string; documentTitle: string; heading: string | null; content: string }>>(
      `select id, document_title as "documentTitle", heading, content from passages
       where document_id = ? and (embedding is null or embedding_model is distinct from ?)
       order by position, id limit ?`,
      [documentId, embedder.model, EMBED_BATCH],
    );
    if (passages.length === 0) return embedded;
    const vectors = await embedder.embed(passages.map(embeddingText));
    await connection.execute(
      `update passages p set embedding = v.embedding::real[], embedding_model = ?
       from jsonb_to_recordset(?::jsonb) as v(id uuid, embedding text)
       where p.id = v.id`,
      [embedder.model, JSON.stringify(passages.map((passage, i) => ({ id: passage.id, embedding: vectorLiteral(vectors[i] ?? []) })))],
    );
    embedded += passages.length;
  }
}
