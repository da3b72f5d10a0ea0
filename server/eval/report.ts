import { existsSync, readFileSync } from 'node:fs';
import { type Figures, figures, type QuestionResult } from './score';

export interface EvalSummary {
  groups: Record<string, Figures>;
  /** Share of questions answered with the same text and the same cited passages in a workspace filled in reverse order. */
  repeatIdentical: number | null;
}

/** The groups the tables show: everything, the dev and holdout splits, then by kind, format, wording and corpus. */
export function summarise(results: QuestionResult[], repeatIdentical: number | null): EvalSummary {
  const groups: Record<string, Figures> = { all: figures(results) };
  const by = (label: string, key: (result: QuestionResult) => string) => {
    const values = [...new Set(results.map(key))].sort();
    for (const value of values) groups[`${label}:${value}`] = figures(results.filter((result) => key(result) === value));
  };
  by('split', (result) => result.split);
  by('kind', (result) => result.kind);
  by('format', (result) => result.format);
  by('wording', (result) => result.wording);
  by('corpus', (result) => result.corpus);
  return { groups, repeatIdentical };
}

const COLUMNS: Array<[keyof Figures, string]> = [
  ['questions', 'n'],
  ['top1', 'top1 %'],
  ['top3', 'top3 %'],
  ['answerCorrect', 'correct %'],
  ['falseRefusals', 'false refusals %'],
  ['refusalRecall', 'refusal recall %'],
  ['refusalPrecision', 'refusal precision %'],
  ['firstChunkP50Ms', 'first chunk p50 ms'],
  ['firstChunkP95Ms', 'p95 ms'],
];

/** A Markdown table: it reads in a terminal and pastes into the README as it is. */
export function table(summary: EvalSummary): string {
  const header = `| group | ${COLUMNS.map(([, label]) => label).join(' | ')} |`;
  const rule = `|---|${COLUMNS.map(() => '---:').join('|')}|`;
  const rows = Object.entries(summary.groups).map(
    ([group, values]) => `| ${group} | ${COLUMNS.map(([key]) => (values[key] === null ? '–' : String(values[key]))).join(' | ')} |`,
  );
  const repeat = `Identical answer and citations when the documents were added in reverse order: ${summary.repeatIdentical ?? '–'} %`;
  return [header, rule, ...rows, '', repeat].join('\n');
}

/** Figures CI holds: a drop of more than this many points below the committed baseline fails the run. */
export const ALLOWED_DROP = 2;
const HIGHER_IS_BETTER: Array<keyof Figures> = ['top1', 'top3', 'answerCorrect', 'refusalRecall', 'refusalPrecision'];
const LOWER_IS_BETTER: Array<keyof Figures> = ['falseRefusals'];
const GATED_GROUPS = ['all', 'split:dev', 'split:holdout'];

/** What fell more than ALLOWED_DROP points below the baseline, one line each; empty when nothing did. */
export function regressions(current: EvalSummary, baseline: EvalSummary): string[] {
  const problems: string[] = [];
  for (const group of GATED_GROUPS) {
    const now = current.groups[group];
    const before = baseline.groups[group];
    if (!now || !before) continue;
    for (const key of [...HIGHER_IS_BETTER, ...LOWER_IS_BETTER]) {
      const a = before[key];
      const b = now[key];
      if (typeof a !== 'number' || typeof b !== 'number') continue;
      const drop = HIGHER_IS_BETTER.includes(key) ? a - b : b - a;
      if (drop > ALLOWED_DROP) problems.push(`${group} ${key}: ${b} against the baseline's ${a}`);
    }
  }
  const repeatDrop = (baseline.repeatIdentical ?? 0) - (current.repeatIdentical ?? 0);
  if (repeatDrop > ALLOWED_DROP)
    problems.push(`repeatIdentical: ${current.repeatIdentical} against the baseline's ${baseline.repeatIdentical}`);
  return problems;
}

export function readSummary(file: string): EvalSummary | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { summary: EvalSummary }).summary : null;
}
