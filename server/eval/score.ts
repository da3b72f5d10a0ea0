import { SEE_ALSO } from '../src/copilot/engine/related-sources';
import type { AnswerCitation, ObservedAnswer } from './askbase-api';
import { type EvalQuestion, formatOf } from './dataset';

/** Lower case, letters and digits only, one space between words: "Default: `5173`" → "default 5173". */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a cited passage holds the gold evidence: the evidence appears in it word for word (markup and
 * punctuation aside), or at least 80 % of its distinct words do (extraction may reorder a table row or drop a
 * symbol, and a passage boundary may cut the sentence).
 */
export function holdsEvidence(passage: string, evidence: string): boolean {
  const haystack = normalise(passage);
  const needle = normalise(evidence);
  if (!needle) return false;
  if (haystack.includes(needle)) return true;
  const words = new Set(haystack.split(' '));
  const wanted = [...new Set(needle.split(' '))];
  return wanted.filter((word) => words.has(word)).length / wanted.length >= 0.8;
}

/**
 * What the answer says, as a reader reads it: without its [n] markers, and without the closing paragraph of related
 * passages the built-in engine names but does not quote ("See also: clearScreen [3]."): naming a section is not
 * answering, and must not make an answer count as correct.
 */
export function answerText(text: string): string {
  const said = text.split(`\n\n${SEE_ALSO}`)[0] ?? '';
  // A marker follows a space ("columns [2]"); "process.argv[1]" is code the answer quotes.
  return said.replace(/\s\[\d+\]|(?<![\p{L}\p{N}_$)\]])\[\d+\]/gu, '');
}

export interface QuestionResult {
  id: string;
  corpus: string;
  kind: EvalQuestion['kind'];
  wording: EvalQuestion['wording'];
  split: EvalQuestion['split'];
  /** Format of the gold document; `none` for unanswerable questions. */
  format: string;
  answerable: boolean;
  refused: boolean;
  top1: boolean;
  top3: boolean;
  correct: boolean;
  failed: boolean;
  firstChunkMs: number;
  question: string;
  answer: string;
  cited: Array<{ file: string; heading: string | null }>;
}

/**
 * Scores one answer. A refusal is an answer that cites nothing (the built-in engine says so in words too). An
 * answerable question is answered correctly when it is not refused and every answer pattern matches; its citations
 * are right when the [1] (top 1) or one of [1]–[3] (top 3) passage, in the gold document, holds the evidence.
 */
export function scoreAnswer(question: EvalQuestion, answer: ObservedAnswer, fileOfDocument: Map<string, string>): QuestionResult {
  const ordered = [...answer.citations].sort((a, b) => a.index - b.index);
  const refused = answer.status === 'DONE' && ordered.length === 0;
  const gold = question.gold;
  const isGold = (citation: AnswerCitation | undefined) =>
    gold !== null &&
    citation !== undefined &&
    fileOfDocument.get(citation.documentId) === gold.file &&
    holdsEvidence(citation.passage, gold.evidence);
  const text = answerText(answer.text);
  const correct =
    gold !== null &&
    !refused &&
    answer.status === 'DONE' &&
    question.answerPatterns.every((pattern) => new RegExp(pattern, 'iu').test(text));
  return {
    id: question.id,
    corpus: question.corpus,
    kind: question.kind,
    wording: question.wording,
    split: question.split,
    format: gold ? formatOf(gold.file) : 'none',
    answerable: gold !== null,
    refused,
    top1: isGold(ordered[0]),
    top3: ordered.slice(0, 3).some(isGold),
    correct,
    failed: answer.status !== 'DONE',
    firstChunkMs: answer.firstChunkMs,
    question: question.question,
    answer: answer.text,
    cited: ordered.map((citation) => ({ file: fileOfDocument.get(citation.documentId) ?? '?', heading: citation.heading })),
  };
}

export interface Figures {
  questions: number;
  answerable: number;
  unanswerable: number;
  /** Percentages, one decimal; null where the group has no question of that sort. */
  top1: number | null;
  top3: number | null;
  answerCorrect: number | null;
  falseRefusals: number | null;
  refusalRecall: number | null;
  refusalPrecision: number | null;
  firstChunkP50Ms: number | null;
  firstChunkP95Ms: number | null;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export function percentile(values: number[], p: number): number | null {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
}

export function figures(results: QuestionResult[]): Figures {
  const answerable = results.filter((result) => result.answerable);
  const unanswerable = results.filter((result) => !result.answerable);
  const refused = results.filter((result) => result.refused);
  const count = (list: QuestionResult[], test: (result: QuestionResult) => boolean) => list.filter(test).length;
  const latencies = results.map((result) => result.firstChunkMs);
  return {
    questions: results.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    top1: percent(
      count(answerable, (r) => r.top1),
      answerable.length,
    ),
    top3: percent(
      count(answerable, (r) => r.top3),
      answerable.length,
    ),
    answerCorrect: percent(
      count(answerable, (r) => r.correct),
      answerable.length,
    ),
    falseRefusals: percent(
      count(answerable, (r) => r.refused),
      answerable.length,
    ),
    refusalRecall: percent(
      count(unanswerable, (r) => r.refused),
      unanswerable.length,
    ),
    refusalPrecision: percent(
      count(refused, (r) => !r.answerable),
      refused.length,
    ),
    firstChunkP50Ms: percentile(latencies, 50),
    firstChunkP95Ms: percentile(latencies, 95),
  };
}
