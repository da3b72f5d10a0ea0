import type { PdfTextRun } from './pdf-document';

/**
 * A printed line rebuilt from pdf.js text runs, with what the reader of a page sees in it: where it starts, how big
 * and in which face it is printed. Pure, so the structure rules (pdf-structure.ts) are tested without PDF files.
 */
export interface PdfLine {
  text: string;
  /** Left edge, in points. */
  x: number;
  /** Baseline, in points from the page's top. */
  y: number;
  /** The font size most of its characters are printed in. */
  size: number;
  /** Every visible character is in a bold face. */
  bold: boolean;
  /** Every visible character is in a monospace face: a line of code. */
  monospace: boolean;
  /** Width of one character of the line's text, for turning x offsets of code lines into spaces. */
  charWidth: number;
  /** The line's pieces separated by gaps wider than a few spaces: the cells of a table row (one cell for prose). */
  cells: PdfCell[];
}

export interface PdfCell {
  x: number;
  text: string;
}

/** Runs whose baselines are this close (relative to the font size) sit on one line: inline code and sub/superscripts move the baseline a little. */
const SAME_LINE = 0.4;
/** A gap between runs wider than this (relative to the font size) is a space the producer did not write out. */
const WORD_GAP = 0.15;
/** A gap this wide (relative to the font size) separates table cells; justified prose never stretches a space so far. */
const CELL_GAP = 1.5;

function dominant<T>(weights: Map<T, number>, fallback: T): T {
  let best = fallback;
  let bestWeight = -1;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Letters printed apart by the page's letter spacing ("C O P Y" for a button styled `letter-spacing: .1em`), which
 * pdf.js reads as a space between every letter: three or more single letters each one space apart are one word.
 * Code is left alone: `a b c` there is what was written.
 */
const LETTER_SPACED = /^(?:\p{L} ){2,}\p{L}$/u;

function withoutLetterSpacing(run: PdfTextRun): PdfTextRun {
  return !run.font.monospace && LETTER_SPACED.test(run.text) ? { ...run, text: run.text.replace(/ /g, '') } : run;
}

/** What a code block's copy button says ("COPY", "Copy code", "Copy to clipboard"; "Copied!" once pressed). */
export const COPY_BUTTON = /^(?:copy(?: code| to clipboard)?|copied!?)$/i;

/**
 * A one-line code block's copy button, printed on the code's own baseline at the block's right edge ("node --inspect
 * index.js … COPY"): the word would make the line prose and end up in the command. Dropped when every other run of
 * the line is code.
 */
function withoutCopyButton(runs: PdfTextRun[]): PdfTextRun[] {
  const visible = runs.filter((run) => run.text.trim());
  const button = visible.find((run) => !run.font.monospace && COPY_BUTTON.test(run.text.trim()));
  const code = visible.filter((run) => run !== button);
  return button && code.length > 0 && code.every((run) => run.font.monospace) ? runs.filter((run) => run !== button) : runs;
}

/**
 * The gap a web page's inline code box leaves between the code and the punctuation around it ("when \`true\`." printed
 * as "true" then, past the box's padding, "."): no word space, or the text reads "when true ." and "( foo )".
 */
function paddedCodeEdge(previous: PdfTextRun | undefined, run: PdfTextRun, text: string): boolean {
  if (!previous || previous.font.monospace === run.font.monospace) return false;
  return previous.font.monospace ? /^[.,;:!?)\]]/.test(run.text) : /[([]$/.test(text.trimEnd());
}

function lineOf(runs: PdfTextRun[]): PdfLine | null {
  const sorted = withoutCopyButton(runs.map(withoutLetterSpacing)).sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  // Inline code is often printed a little smaller than the prose around it: the prose says the line's size.
  const sizes = new Map<number, number>();
  const monospaceSizes = new Map<number, number>();
  let boldVisible = 0;
  let visible = 0;
  let monospaceVisible = 0;
  let inkWidth = 0;
  let inkChars = 0;
  const cells: PdfCell[] = [];
  let previous: PdfTextRun | undefined;
  for (const run of sorted) {
    const gap = run.x - end;
    // The box's padding may also be printed as a space of the code's font: "ipv4first", " ", ",".
    const hugsCode = paddedCodeEdge(previous, run, text);
    if (hugsCode) text = text.trimEnd();
    const spaced = gap > run.size * WORD_GAP && !/^\s/.test(run.text) && !hugsCode;
    if (run.text.trim()) previous = run;
    if (text && spaced && !/\s$/.test(text)) text += ' ';
    text += run.text;
    // Producers write the space between table cells as a wide space run: only ink marks where text ends.
    if (!run.text.trim()) continue;
    const cell = cells.at(-1);
    if (!cell || gap > run.size * CELL_GAP) cells.push({ x: run.x, text: run.text });
    else cell.text += (spaced && !/\s$/.test(cell.text) ? ' ' : '') + run.text;
    end = Math.max(end, run.x + run.width);
    const chars = run.text.replace(/\s/g, '').length;
    const rounded = Math.round(run.size * 2) / 2;
    const weights = run.font.monospace ? monospaceSizes : sizes;
    if (chars > 0) weights.set(rounded, (weights.get(rounded) ?? 0) + chars);
    visible += chars;
    if (run.font.bold) boldVisible += chars;
    if (run.font.monospace) monospaceVisible += chars;
    inkWidth += run.width;
    inkChars += run.text.length;
  }
  const trimmed = text.trim();
  if (!trimmed) return null;
  const first = sorted.find((run) => run.text.trim()) ?? sorted[0];
  if (!first) return null;
  const leading = text.length - text.trimStart().length;
  const charWidth = inkWidth / Math.max(1, inkChars);
  return {
    text: trimmed,
    // Leading spaces inside the first run (code indented with spaces) move the visible start right.
    x: first.x + (first === sorted[0] ? leading * charWidth : 0),
    y: sorted.reduce((sum, run) => sum + run.y, 0) / sorted.length,
    size: dominant(sizes.size > 0 ? sizes : monospaceSizes, first.size),
    bold: visible > 0 && boldVisible === visible,
    monospace: visible > 0 && monospaceVisible === visible,
    charWidth,
    cells: cells.map((cell) => ({ x: cell.x, text: cell.text.trim() })).filter((cell) => cell.text),
  };
}

/**
 * A page's runs as lines, top to bottom and left to right within a line: runs are grouped by baseline, whatever
 * order the producer drew them in (running headers are often drawn last).
 */
export function linesOfPage(runs: PdfTextRun[]): PdfLine[] {
  const byBaseline = [...runs].filter((run) => run.text.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  let current: PdfTextRun[] = [];
  let baseline = Number.NaN;
  let tolerance = 0;
  for (const run of byBaseline) {
    if (current.length > 0 && Math.abs(run.y - baseline) > tolerance) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) {
      baseline = run.y;
      tolerance = run.size * SAME_LINE;
    }
    current.push(run);
    tolerance = Math.max(tolerance, run.size * SAME_LINE);
  }
  if (current.length > 0) groups.push(current);
  return groups.map(lineOf).filter((line): line is PdfLine => line !== null);
}
