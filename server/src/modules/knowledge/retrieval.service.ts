import type { EntityManager } from '@mikro-orm/postgresql';
import type { RetrievedPassage } from '../../copilot/engine/answer-engine';

/** At most this many matching passages are ranked: ranking cost must not grow with the workspace. */
export const CANDIDATE_CAP = 300;

/**
 * Full-text retrieval over one workspace's passages. The question goes through websearch_to_tsquery (quotes,
 * OR, -exclusions work as people expect); candidates match ANY of its terms (a natural question rarely has all
 * its words in one passage), at most CANDIDATE_CAP of them are ranked with ts_rank_cd, and passages that hold the
 * whole question (all terms, or the exact phrase) are boosted, and matches in a title or heading weigh more than
 * matches in the body (setweight A/B/C in the stored vector). The stored
 * search_vector and the (workspace_id, search_vector) GIN index do the work: no to_tsvector on the table here.
 */
export class RetrievalService {
  constructor(
    private readonly em: EntityManager,
    private readonly language: string,
  ) {}

  async search(workspaceId: string, question: string, limit = 6): Promise<RetrievedPassage[]> {
    const rows = await this.em.getConnection().execute<RetrievedPassage[]>(
      `with query as (
         select websearch_to_tsquery(?::regconfig, askbase_unaccent(?)) as all_terms,
                phraseto_tsquery(?::regconfig, askbase_unaccent(?)) as phrase
       ),
       relaxed as (
         -- The same terms joined by OR; kept as the original query when it has no & to relax.
         select all_terms, phrase,
                coalesce(nullif(replace(all_terms::text, ' & ', ' | '), '')::tsquery, all_terms) as any_term
         from query
       ),
       candidates as (
         select p.id, p.document_id, p.document_title, p.heading, p.content, p.search_vector
         from passages p, relaxed
         where p.workspace_id = ? and p.search_vector @@ relaxed.any_term
         limit ${CANDIDATE_CAP}
       )
       select c.id, c.document_id as "documentId", c.document_title as "documentTitle", c.heading, c.content,
              -- Weights {D, C, B, A}: body text is C, the heading B, the document title A.
              ts_rank_cd('{0.1, 0.2, 0.5, 1.0}', c.search_vector, relaxed.any_term, 32)
                * (case when c.search_vector @@ relaxed.all_terms then 2.0 else 1.0 end)
                * (case when numnode(relaxed.phrase) > 1 and c.search_vector @@ relaxed.phrase then 1.5 else 1.0 end) as rank
       from candidates c, relaxed
       order by rank desc, c.id
       limit ?`,
      [this.language, question, this.language, question, workspaceId, limit],
    );
    return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
  }
}
