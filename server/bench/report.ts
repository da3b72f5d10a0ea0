import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One line of the table: a figure taken in the same run as its baseline, beside its goal. */
export interface Figure {
  id: string;
  label: string;
  value: number;
  /** 'x' (a ratio), '%' (a ratio shown as a percentage), 'ms', 'rps', 'n' (a count: errors, say). */
  unit: 'x' | '%' | 'ms' | 'rps' | 'KB' | 'MB' | 'n';
  /** No goal: shown for context (the baseline a ratio was taken against, say). */
  goal?: { op: '<=' | '>='; value: number };
  /** How it was measured, or what it was compared with. */
  detail?: string;
}

export const median = (values: number[]): number => percentile(values, 50);

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export const passes = (figure: Figure): boolean | undefined =>
  figure.goal === undefined ? undefined : figure.goal.op === '<=' ? figure.value <= figure.goal.value : figure.value >= figure.goal.value;

function format(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case '%':
      return `${(value * 100).toFixed(1)} %`;
    case 'x':
      return `${value.toFixed(2)}x`;
    case 'ms':
      return `${value.toFixed(1)} ms`;
    case 'rps':
      return `${Math.round(value).toLocaleString('en')} rps`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'n':
      return Math.round(value).toLocaleString('en');
  }
}

const statusOf = (figure: Figure) => ({ true: 'pass', false: 'MISS', undefined: '' })[String(passes(figure)) as 'true'];

/** The table as Markdown: it reads the same in a terminal and in the README. */
export function renderTable(figures: Figure[]): string {
  const rows = figures.map((figure) => [
    figure.label,
    format(figure.value, figure.unit),
    figure.goal ? `${figure.goal.op === '<=' ? '≤' : '≥'} ${format(figure.goal.value, figure.unit)}` : '—',
    statusOf(figure),
    figure.detail ?? '',
  ]);
  const header = ['Figure', 'Measured', 'Goal', 'Result', 'Baseline / how'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export interface BenchReport {
  startedAt: string;
  durationSeconds: number;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  figures: Array<Figure & { pass?: boolean }>;
}

/** bench/results/latest.json (ignored by git; README's copy of the table is the committed record). */
export function saveReport(dir: string, report: BenchReport): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'latest.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
