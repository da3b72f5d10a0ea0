import type { EntityManager } from '@mikro-orm/postgresql';
import type { RetrievedPassage } from '../../../copilot/engine/answer-engine';
import type { Embedder } from '../../../infra/embeddings/openai-compatible-embedder';
import type { Logger } from '../../../infra/logging/logger';
import { type RetrievalResult, RetrievalService } from '../retrieval.service';
import { reciprocalRankFusion } from './reciprocal-rank-fusion';
import { semanticRanking } from './semantic-search';

/** How many passages of each ranking are fused. */
export const FUSION_DEPTH = 50;
/** A question waits this long for its vector at most, then is answered from the lexical ranking alone. */
export const QUESTION_EMBEDDING_TIMEOUT_MS = 2000;

export interface PassageSearchDeps {
  em: EntityManager;
  language: string;
  /** Unset: lexical retrieval only, exactly RetrievalService's. */
  embedder?: Embedder;
  logger?: Logger;
}

/**
 * Retrieval for the copilot. Without an embedder it is the lexical search itself. With one, the question's vector
 * ranks the workspace's embedded passages by meaning, and that ranking is fused with the lexical top 50 by
 * reciprocal rank fusion: a passage worded unlike the question can still be found, and one both rankings agree on
 * comes first. `rank` is then the fused score. `terms` stay lexical: whether the workspace mentions the question's
 * words at all is what the refusal needs, and a vector cannot tell.
 *
 * Passages still waiting for their vectors (or whose vectors failed) are found lexically only; if the question
 * cannot be embedded in time, the answer uses the lexical ranking alone.
 */
export async function searchPassages(
  deps: PassageSearchDeps,
  workspaceId: string,
  question: string,
  limit: number,
): Promise<RetrievalResult> {
  const lexical = new RetrievalService(deps.em, deps.language);
  const { embedder } = deps;
  if (!embedder) return lexical.search(workspaceId, question, limit);

  const [lexicalResult, semantic] = await Promise.all([
    lexical.search(workspaceId, question, Math.max(limit, FUSION_DEPTH)),
    embedder
      .embed([question], { timeoutMs: QUESTION_EMBEDDING_TIMEOUT_MS })
      .then(([vector]) =>
        vector ? semanticRanking(deps.em, { workspaceId, model: embedder.model, vector, limit: Math.max(limit, FUSION_DEPTH) }) : [],
      )
      .catch((error: unknown) => {
        deps.logger?.warn({ err: error }, 'semantic retrieval failed; answering from the lexical ranking');
        return null;
      }),
  ]);
  if (!semantic) return { ...lexicalResult, passages: lexicalResult.passages.slice(0, limit) };
  const semanticPassages: RetrievedPassage[] = semantic.map(({ similarity: _similarity, ...passage }) => passage);
  const fused = reciprocalRankFusion<RetrievedPassage>([lexicalResult.passages, semanticPassages], (passage) => passage.id);
  return {
    question: lexicalResult.question,
    passages: fused.slice(0, limit).map(({ item, score }) => ({ ...item, rank: score })),
    terms: lexicalResult.terms,
  };
}
