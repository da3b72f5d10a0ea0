import type { EntityManager } from '@mikro-orm/postgresql';
import { RetrievalService } from '../../src/modules/knowledge/retrieval.service';

export interface PlanCheck {
  question: string;
  /** Indexes the plan reads passages through, with the condition each is probed with. */
  indexScans: Array<{ node: string; condition: string }>;
  /** Scans of a passages table that read it whole. */
  sequentialScans: string[];
  /** Plan lines that compute to_tsvector: the stored vectors should do all the matching. */
  toTsvector: string[];
  executionMs: number;
  /** The lines worth printing: scans of passages with their conditions and buffers, and the totals. */
  keyLines: string[];
}

const PASSAGE_SCAN = /(Bitmap Index Scan on (passages\w*)|Index (Only )?Scan(?: Backward)? using (\w+) on (passages\w*))/;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the very statement RetrievalService.search() runs for this question (the question's
 * analysis runs first, as in search()), and what the plan shows about how passages are found.
 */
export async function explainRetrieval(em: EntityManager, workspaceId: string, question: string, limit: number): Promise<PlanCheck> {
  const { statement } = await new RetrievalService(em, 'english').rankingStatement(workspaceId, question, limit);
  if (!statement) throw new Error(`The workspace holds none of the words of "${question}"`);
  const rows = await em
    .getConnection()
    .execute<Array<{ 'QUERY PLAN': string }>>(`explain (analyze, buffers, format text) ${statement.sql}`, statement.params);
  const lines = rows.map((row) => row['QUERY PLAN']);
  const check: PlanCheck = { question, indexScans: [], sequentialScans: [], toTsvector: [], executionMs: 0, keyLines: [] };
  lines.forEach((line, at) => {
    const scan = PASSAGE_SCAN.exec(line);
    if (scan) {
      const condition = lines.slice(at + 1).find((next) => /^\s*(Index Cond|Recheck Cond):/.test(next)) ?? '';
      check.indexScans.push({ node: line.trim(), condition: condition.trim() });
      check.keyLines.push(line, ...following(lines, at, /^\s+(Index Cond|Buffers):/));
    }
    if (/Seq Scan on passages\w*/.test(line)) {
      check.sequentialScans.push(line.trim());
      check.keyLines.push(line);
    }
    if (/Bitmap Heap Scan on passages\w*/.test(line))
      check.keyLines.push(line, ...following(lines, at, /^\s+(Recheck Cond|Heap Blocks|Buffers):/));
    if (/to_tsvector/i.test(line)) check.toTsvector.push(line.trim());
    const execution = /^Execution Time: ([\d.]+) ms/.exec(line);
    if (execution) check.executionMs = Number(execution[1]);
    if (/^(Planning Time|Execution Time):/.test(line)) check.keyLines.push(line);
  });
  return check;
}

/** The detail lines (conditions, buffers) right under a plan node, until the next node. */
function following(lines: string[], at: number, wanted: RegExp): string[] {
  const found: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.includes('->')) break;
    if (wanted.test(line)) found.push(line);
  }
  return found;
}

/**
 * A plan passes when passages are found through an index probed with the stored body vector (the (workspace,
 * lexeme) keys, or `body_vector @@`), no passages table is read whole, and nothing calls to_tsvector.
 */
export const planProblems = (check: PlanCheck): string[] => [
  ...(check.indexScans.some((scan) => /body_vector/.test(scan.condition)) ? [] : ['no index probe on body_vector']),
  ...check.sequentialScans.map((line) => `sequential scan: ${line}`),
  ...check.toTsvector.map((line) => `to_tsvector at query time: ${line}`),
];
