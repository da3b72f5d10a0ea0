import type { EntityManager } from '@mikro-orm/postgresql';
import type { QuestionTerm, RetrievedPassage } from '../../copilot/engine/answer-engine';
import { withoutFraming } from '../../copilot/engine/question';
import { synonymWords, withoutStopwords } from '../../copilot/engine/text/analyzer';
import { spellingVariant } from '../../copilot/engine/text/common-words';
import { everydayShare } from '../../copilot/engine/text/everyday-words';
import { pgArray } from '../../infra/db/pgArray';
import { BM25_B, BM25_K1, inverseDocumentFrequency } from './search/bm25';
import { lexemeLiteral, parseSearchQuery, type SearchQuery } from './search/search-query';

/**
 * Candidates come from the question's most selective words: they are added rarest first while their passages
 * together stay within this budget. A very common word still adds to the rank of every candidate, it only does not
 * bring in thousands of passages by itself. Taken from the term statistics, so the set does not depend on the order
 * in which documents were added.
 */
export const CANDIDATE_BUDGET = 3000;
/** How many of the matching passages get the exact BM25 score, after a cheap first pass over all of them. */
export const PRESCORE_LIMIT = 400;
/** How much a title or heading path that holds the question's words can lift a passage: a tie-breaker, no more. */
const CONTEXT_WEIGHT = 0.1;
/** A synonym of a question word ("directory" for "folder") counts this share of its own weight. */
const SYNONYM_WEIGHT = 0.5;
/** Each pair of the question's words found side by side in the passage adds this much (at most 3 pairs count). */
const PAIR_WEIGHT = 0.1;
/**
 * How much a passage's own section heading (the last of its path: "server.port", "Browser Cache", "define") can lift
 * it when the heading is about the question: documentation names a section after its subject, and a question names
 * that subject. The lift is this weight × the share of the question's weight the heading holds × the share of the
 * heading's words the question asks about, so a heading that shares one word with the question ("Address book" for a
 * billing address) lifts little, and one that is the question's subject up to twice (a heading holding a code name the
 * question asks about counts as holding the whole question's weight). The document title and the rest of the path
 * stay a tie-breaker (CONTEXT_WEIGHT): they are repeated over many passages.
 */
const OWN_HEADING_WEIGHT = 1;
/**
 * How much the document a passage belongs to can lift it: by this weight × the share of the question's weight that
 * the document's matching passages hold together. A question is often answered in one passage with the words of
 * another ("output folder" in the section's introduction, "Default: dist" in the setting's own passage): among
 * passages that each hold part of the question, those of a document about all of it come first.
 */
const DOCUMENT_WEIGHT = 0.5;
/**
 * A question that names something by its code name (`parseAs`, `server.port`, `max_connections`) is about that
 * thing: a passage that names it neither in its text nor in its own heading keeps only this share of its rank. Its
 * ordinary words ("the default … of a custom content type parser") are shared by a whole page, and summed over a page
 * that repeats them they outweighed the one rare name.
 */
const UNNAMED_FACTOR = 0.5;
/** A code name as people write them: camelCase, snake_case or dotted (not a hyphenated English word). */
const CODE_NAME = /^\p{Ll}[\p{Ll}\p{N}]*\p{Lu}|[\p{L}\p{N}][._][\p{L}\p{N}]/u;
/** A project named like a JavaScript file, capitalised as a name: "Node.js", "Vue.js" (not a file: "app.js"). */
const JS_PROJECT = /^(\p{Lu}[\p{L}\p{N}]*)\.(?:js|JS)$/u;
/** A file name ("index.html", "vite.config.ts") names a file, which a page often calls by its kind ("the HTML file"). */
const FILE_NAME = /\.(?:html?|m?[jt]sx?|c[jt]s|json|ya?ml|toml|md|css|scss|txt|env|lock|xml|svg|png)$/i;

/**
 * Which "quoted phrases" a passage must hold: all of them, as web search reads quotes; when no passage holds them all,
 * any one; then none. A question quotes examples more often than it sets search operators ("written out, like
 * \"2 minutes\" instead of \"2m\"" quotes two examples from different sections), and a filter that leaves nothing
 * answers nothing.
 */
type PhraseRule = 'all' | 'any' | 'none';

/** The rules tried in turn for a question with this many quoted phrases (with one, "any" is "all"). */
function phraseRules(phrases: number): PhraseRule[] {
  if (phrases === 0) return ['all'];
  return phrases === 1 ? ['all', 'none'] : ['all', 'any', 'none'];
}

export interface RetrievalResult {
  /** The question as searched: in the workspace's spelling where the asker's differs ("colour" for pages saying "color"). */
  question: string;
  passages: RetrievedPassage[];
  /** The question's words with their statistics in the workspace, in the order asked. */
  terms: QuestionTerm[];
}

interface TokenRow {
  ord: number;
  token: string;
  own: string[];
  lexeme: string;
  in_body: number;
  in_context: number;
}

interface Analysis {
  terms: QuestionTerm[];
  /** Every lexeme of the question that the workspace's text holds, with its BM25 weight. */
  lexemes: Array<{ lexeme: string; passages: number; weight: number }>;
  /** Consecutive content words of the question, as `'a' <-> 'b'` tsqueries. */
  pairs: string[];
  /** The whole-name lexemes of the code names the question uses and the workspace holds. */
  codeNames: string[];
  passagesInWorkspace: number;
  averageLength: number;
}

/**
 * Full-text retrieval over one workspace's passages, ranked by BM25 on the passage text with the workspace's own
 * term statistics (table `workspace_search_terms`, kept by triggers), in a deterministic order: score, then document
 * title, then position. "Quoted phrases" and -exclusions from the question are filters (phrases relaxed when nothing
 * holds them, see PhraseRule); plain words rank. A passage's title and heading path only break near-ties; its own
 * section heading, when it names the question's subject, lifts it (OWN_HEADING_WEIGHT), and so does a document whose
 * matching passages together hold more of the question (DOCUMENT_WEIGHT). The stored vectors and their GIN indexes do
 * the matching: no to_tsvector on the table here.
 */
export class RetrievalService {
  constructor(
    private readonly em: EntityManager,
    private readonly language: string,
  ) {}

  async search(workspaceId: string, asked: string, limit = 6): Promise<RetrievalResult> {
    const question = await this.inWorkspaceSpelling(workspaceId, asked);
    const query = parseSearchQuery(question);
    const analysis = await this.analyseQuery(workspaceId, query);
    for (const rule of phraseRules(query.phrases.length)) {
      const statement = this.statementFor(workspaceId, query, analysis, limit, rule);
      if (!statement) break;
      const rows = await this.em.getConnection().execute<RetrievedPassage[]>(statement.sql, statement.params);
      if (rows.length > 0) return { question, passages: rows.map((row) => ({ ...row, rank: Number(row.rank) })), terms: analysis.terms };
    }
    return { question, passages: [], terms: analysis.terms };
  }

  /**
   * The question with each word the workspace never uses replaced by its other national spelling when the workspace
   * uses that one ("Which colour …" over pages that say "color", or the reverse): the same word, which both the search
   * and the engine would otherwise count as missing. Costs a statement only when a word has such a variant.
   */
  private async inWorkspaceSpelling(workspaceId: string, question: string): Promise<string> {
    const variants = new Map<string, string>();
    for (const word of question.match(/\p{L}+/gu) ?? []) {
      const variant = spellingVariant(word, this.language);
      if (variant) variants.set(word, variant);
    }
    if (variants.size === 0) return question;
    const words = [...new Set([...variants.keys(), ...variants.values()].map((word) => word.toLowerCase()))];
    const rows = await this.em.getConnection().execute<Array<{ word: string }>>(
      `select w.word
       from unnest(?::text[]) as w(word)
       cross join lateral unnest(tsvector_to_array(to_tsvector(?::regconfig, w.word))) as l(lexeme)
       join workspace_search_terms t on t.workspace_id = ? and t.lexeme = l.lexeme and t.in_body > 0
       group by w.word`,
      [pgArray(words), this.language, workspaceId],
    );
    const used = new Set(rows.map((row) => row.word));
    let searched = question;
    for (const [word, variant] of variants) {
      if (used.has(word.toLowerCase()) || !used.has(variant)) continue;
      const spelled = /^\p{Lu}/u.test(word) ? variant.charAt(0).toUpperCase() + variant.slice(1) : variant;
      searched = searched.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'), spelled);
    }
    return searched;
  }

  /**
   * The question's analysis and the one statement that ranks its passages (none when the workspace holds none of
   * its words), every quoted phrase required. Separate from search() so the scale benchmark can EXPLAIN the
   * statement search() runs first.
   */
  async rankingStatement(
    workspaceId: string,
    question: string,
    limit = 6,
  ): Promise<{ statement: { sql: string; params: unknown[] } | null; terms: QuestionTerm[] }> {
    const query = parseSearchQuery(question);
    const analysis = await this.analyseQuery(workspaceId, query);
    return { statement: this.statementFor(workspaceId, query, analysis, limit, 'all'), terms: analysis.terms };
  }

  private analyseQuery(workspaceId: string, query: SearchQuery): Promise<Analysis> {
    return this.analyse(workspaceId, withoutStopwords(withoutFraming(query.text, this.language), this.language), query.codeWords);
  }

  private statementFor(
    workspaceId: string,
    query: SearchQuery,
    analysis: Analysis,
    limit: number,
    phraseRule: PhraseRule,
  ): { sql: string; params: unknown[] } | null {
    if (analysis.lexemes.length === 0) return null;
    const candidates = candidateLexemes(analysis.lexemes);
    const filters: string[] = [];
    const filterParams: unknown[] = [];
    const phraseTests = query.phrases.map(() => 'p.body_vector @@ phraseto_tsquery(?::regconfig, askbase_search_words(?))');
    if (phraseRule !== 'none' && phraseTests.length > 0) {
      filters.push(phraseRule === 'all' ? `and ${phraseTests.join(' and ')}` : `and (${phraseTests.join(' or ')})`);
      for (const phrase of query.phrases) filterParams.push(this.language, phrase);
    }
    for (const word of query.excluded) {
      filters.push(
        'and not (p.body_vector @@ plainto_tsquery(?::regconfig, askbase_search_words(?)) or p.context_vector @@ plainto_tsquery(?::regconfig, askbase_search_words(?)))',
      );
      filterParams.push(this.language, word, this.language, word);
    }
    const totalWeight = analysis.lexemes.reduce((sum, term) => sum + term.weight, 0);
    const names = analysis.codeNames.map(lexemeLiteral).join(' | ');
    // The passage's vector holds its own section heading too.
    const namesClause = names ? `* (case when p.body_vector @@ ?::tsquery then 1 else ${UNNAMED_FACTOR} end)` : '';
    // The share of the question's weight a passage's own heading holds; all of it when the heading holds a code name the
    // question asks about: a section headed `define` is about the setting, however common the word "define" is.
    const weightInHeading =
      '(select coalesce(sum(t.weight), 0) from terms t where t.lexeme = any(tsvector_to_array(p.heading_vector))) / ?::float8';
    const headingShare = names ? `(case when p.heading_vector @@ ?::tsquery then 1 else ${weightInHeading} end)` : weightInHeading;
    const sql = `with terms as materialized (
         -- JSON, not arrays: the query builder would spread an array parameter into a list.
         select lexeme, weight, query::tsquery as query from jsonb_to_recordset(?::jsonb) as t(lexeme text, weight float8, query text)
       ),
       matches as (
         -- Every matching passage gets a cheap score (the weights of the question's words it holds); the best
         -- ${PRESCORE_LIMIT} in a fixed order get the exact BM25, which counts the occurrences of each word.
         select p.id, p.document_id, p.body_vector,
                (select coalesce(sum(t.weight), 0) from terms t where p.body_vector @@ t.query) as coverage
         from passages p
         -- The (workspace, lexeme) keys are exact: the workspace's passages holding any (or all) of the lexemes.
         -- No other condition on the same facts, or the planner multiplies their estimates (see the migration).
         where askbase_workspace_lexemes(p.workspace_id, p.body_vector) ${candidates.all ? '@>' : '&&'} ?::text[]
           ${filters.join(' ')}
         order by coverage desc, p.document_title, p.position, p.id
         limit ${PRESCORE_LIMIT}
       ),
       term_hits as (
         -- Each candidate's occurrences of the question's lexemes: only those of its vector (marked with weight A,
         -- then kept), not its every lexeme. The first candidate of a document holding a lexeme counts it for the
         -- document.
         select m.id, m.document_id, t.weight, cardinality(u.positions) as occurrences, length(m.body_vector) as length,
                row_number() over (partition by m.document_id, t.lexeme order by m.id) = 1 as first_in_document
         from matches m
         cross join lateral unnest(ts_filter(setweight(m.body_vector, 'A', ?::text[]), '{a}')) u
         join terms t on t.lexeme = u.lexeme
       ),
       scored as (
         -- BM25, and the share of the question the candidate's document holds over all its candidates (a window, not
         -- a join: on a misestimated row count the planner ran a join of the two 400 times over).
         select id, bm25, sum(document_part) over (partition by document_id) as document_coverage
         from (
           select id, document_id,
                  sum(weight * (occurrences * ${BM25_K1 + 1})
                      / (occurrences + ${BM25_K1} * (1 - ${BM25_B} + ${BM25_B} * length / ?::float8))) as bm25,
                  sum(weight) filter (where first_in_document) as document_part
           from term_hits
           group by id, document_id
         ) per_candidate
       )
       select p.id, p.document_id as "documentId", p.document_title as "documentTitle", p.heading, p.content, p.position, p.page,
              s.bm25
                * (1 + ${PAIR_WEIGHT} * least(3, (select count(*) from jsonb_array_elements_text(?::jsonb) pair where p.body_vector @@ pair::tsquery)))
                * (1 + ${CONTEXT_WEIGHT} * (
                    select coalesce(sum(t.weight), 0) from terms t where t.lexeme = any(tsvector_to_array(p.context_vector))
                  ) / ?::float8)
                * (1 + ${OWN_HEADING_WEIGHT}
                  * ${headingShare}
                  * (select count(*) from terms t where t.lexeme = any(tsvector_to_array(p.heading_vector)))::float8 / greatest(1, length(p.heading_vector))
                )
                * (1 + ${DOCUMENT_WEIGHT} * coalesce(s.document_coverage, 0) / ?::float8)
                ${namesClause} as rank
       from scored s join passages p on p.id = s.id
       order by rank desc, p.document_title, p.position, p.id
       limit ?`;
    const params = [
      JSON.stringify(analysis.lexemes.map(({ lexeme, weight }) => ({ lexeme, weight, query: lexemeLiteral(lexeme) }))),
      workspaceLexemeKeys(workspaceId, candidates.lexemes),
      ...filterParams,
      pgArray(analysis.lexemes.map((term) => term.lexeme)),
      analysis.averageLength,
      JSON.stringify(analysis.pairs),
      totalWeight,
      ...(names ? [names] : []),
      totalWeight,
      totalWeight,
      ...(names ? [names] : []),
      limit,
    ];
    return { sql, params };
  }

  /**
   * The question's words through the workspace's text search configuration (its stop words and stemmer, with
   * identifiers expanded as the index expands them), with how many passages hold each.
   */
  private async analyse(workspaceId: string, text: string, codeWords: string[]): Promise<Analysis> {
    const connection = this.em.getConnection();
    const synonyms = synonymWords(text, this.language).join(' ');
    const [rows, stats, synonymRows] = await Promise.all([
      connection.execute<TokenRow[]>(
        `select d.ord::int as ord, d.token, d.lexemes as own, l.lexeme,
                coalesce(t.in_body, 0)::int as in_body, coalesce(t.in_context, 0)::int as in_context
         from ts_debug(?::regconfig, askbase_search_words(?)) with ordinality as d(alias, description, token, dictionaries, dictionary, lexemes, ord)
         cross join lateral unnest(tsvector_to_array(to_tsvector(?::regconfig, askbase_search_text(d.token)))) as l(lexeme)
         left join workspace_search_terms t on t.workspace_id = ? and t.lexeme = l.lexeme
         where cardinality(d.lexemes) > 0
         order by d.ord, l.lexeme`,
        [this.language, text, this.language, workspaceId],
      ),
      connection.execute<Array<{ passages: number; body_length: string }>>(
        'select passages, body_length from workspace_search_stats where workspace_id = ?',
        [workspaceId],
      ),
      synonyms
        ? connection.execute<Array<{ lexeme: string; in_body: number }>>(
            `select l.lexeme, t.in_body
             from unnest(tsvector_to_array(to_tsvector(?::regconfig, ?))) as l(lexeme)
             join workspace_search_terms t on t.workspace_id = ? and t.lexeme = l.lexeme and t.in_body > 0`,
            [this.language, synonyms, workspaceId],
          )
        : Promise.resolve([]),
    ]);
    const passagesInWorkspace = stats[0]?.passages ?? 0;
    const averageLength = passagesInWorkspace > 0 ? Number(stats[0]?.body_length ?? 0) / passagesInWorkspace : 1;
    const analysis = analyseTokens(rows, passagesInWorkspace, new Set(codeWords), this.language);
    // Synonyms widen the search at a discount; they are not the question's words (no terms, no pairs).
    for (const row of synonymRows) {
      if (analysis.lexemes.some((term) => term.lexeme === row.lexeme)) continue;
      const weight = SYNONYM_WEIGHT * inverseDocumentFrequency(passagesInWorkspace, row.in_body);
      analysis.lexemes.push({ lexeme: row.lexeme, passages: row.in_body, weight });
    }
    analysis.lexemes.sort((a, b) => a.passages - b.passages || (a.lexeme < b.lexeme ? -1 : 1));
    return { ...analysis, passagesInWorkspace, averageLength: Math.max(1, averageLength) };
  }
}

/** Groups the rows by question word; a word counts as present when its own lexeme (or joined form) is. */
function analyseTokens(
  rows: TokenRow[],
  passagesInWorkspace: number,
  codeWords: Set<string>,
  language: string,
): Pick<Analysis, 'terms' | 'lexemes' | 'pairs' | 'codeNames'> {
  const byOrd = new Map<number, TokenRow[]>();
  for (const row of rows) byOrd.set(row.ord, [...(byOrd.get(row.ord) ?? []), row]);
  const terms: QuestionTerm[] = [];
  const seenWords = new Set<string>();
  const lexemes = new Map<string, { passages: number; weight: number }>();
  const ownLexemes: string[] = [];
  const codeNames = new Set<string>();
  for (const group of byOrd.values()) {
    const first = group[0] as TokenRow;
    const joined = first.token.toLowerCase().replace(/[._-]+/g, '');
    // "Node.js", "Vue.js": a project named after JavaScript's file extension is as often written without it ("Node
    // >=18.0.0"), so its base name counts as the word being mentioned.
    const base = JS_PROJECT.exec(first.token)?.[1]?.toLowerCase();
    const own = group.filter(
      (row) =>
        first.own.includes(row.lexeme) ||
        row.lexeme === joined ||
        (base !== undefined && row.lexeme !== 'js' && base.startsWith(row.lexeme)),
    );
    const isCode = CODE_NAME.test(first.token) || codeWords.has(first.token.toLowerCase());
    if (isCode && !FILE_NAME.test(first.token)) {
      for (const row of own) if (row.in_body > 0) codeNames.add(row.lexeme);
    }
    const everyday = isCode ? 1 : everydayShare(first.token, language);
    const passages = Math.max(0, ...own.map((row) => row.in_body));
    const inTitles = Math.max(0, ...own.map((row) => row.in_context));
    // One word, one weight: an identifier is indexed in several forms ("appType": apptype, app, type) and a passage
    // that names it holds them all, so each form carries its share of the word; counted in full, a compound word
    // outweighed the rest of the question three or four times over.
    const forms = new Set(group.map((row) => row.lexeme)).size;
    for (const row of group) {
      if (row.in_body === 0) continue;
      const share = (everyday * inverseDocumentFrequency(passagesInWorkspace, row.in_body)) / forms;
      lexemes.set(row.lexeme, { passages: row.in_body, weight: Math.max(lexemes.get(row.lexeme)?.weight ?? 0, share) });
    }
    ownLexemes.push(first.own[0] as string);
    const key = first.token.toLowerCase();
    if (seenWords.has(key)) continue;
    seenWords.add(key);
    terms.push({ word: first.token, passages, inTitles, weight: everyday * inverseDocumentFrequency(passagesInWorkspace, passages) });
  }
  const pairs: string[] = [];
  for (let i = 1; i < ownLexemes.length; i++) {
    const [a, b] = [ownLexemes[i - 1] as string, ownLexemes[i] as string];
    if (a !== b) pairs.push(`${lexemeLiteral(a)} <-> ${lexemeLiteral(b)}`);
  }
  return {
    terms,
    lexemes: [...lexemes]
      .map(([lexeme, { passages, weight }]) => ({ lexeme, passages, weight }))
      .sort((a, b) => a.passages - b.passages || (a.lexeme < b.lexeme ? -1 : 1)),
    pairs,
    codeNames: [...codeNames],
  };
}

/**
 * Which passages are ranked: those holding any of the rarest lexemes whose passages together fit the candidate
 * budget (at least the rarest one). When even the rarest is everywhere (a question made only of very common words
 * in a very large workspace), a passage must hold all of them instead.
 */
export function candidateLexemes(lexemes: Analysis['lexemes']): { lexemes: string[]; all: boolean } {
  const chosen: string[] = [];
  let total = 0;
  for (const term of lexemes) {
    if (chosen.length > 0 && total + term.passages > CANDIDATE_BUDGET) break;
    chosen.push(term.lexeme);
    total += term.passages;
  }
  if (total <= CANDIDATE_BUDGET) return { lexemes: chosen, all: false };
  return { lexemes: lexemes.map((term) => term.lexeme), all: true };
}

/**
 * The candidates as keys of the `passages_workspace_lexemes` index (Migration20261210000000): the workspace id's 16
 * bytes in base64 without padding, a space, the lexeme.
 */
export function workspaceLexemeKeys(workspaceId: string, lexemes: string[]): string {
  const workspace = Buffer.from(workspaceId.replace(/-/g, ''), 'hex').toString('base64').replace(/=+$/, '');
  return pgArray(lexemes.map((lexeme) => `${workspace} ${lexeme}`));
}
