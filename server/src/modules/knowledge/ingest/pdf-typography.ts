import type { PdfLine } from './pdf-lines';

/**
 * What a document's typography says about its lines, measured over the whole document: headings are "larger than
 * the body" only relative to this document's own body text, and a paragraph gap only relative to its line spacing.
 */
export interface Typography {
  /** The size most prose characters are printed in. */
  bodySize: number;
  /** The left edge most body-size prose lines start at: boxes (notes, tips) are indented from it. */
  bodyLeft: number;
  /** The font size of each heading level, largest first: `#`, `##`, `###`, … */
  headingSizes: number[];
  /** The level of a bold, body-size heading: one below the smallest sized heading. */
  boldHeadingLevel: number;
  /** Baseline-to-baseline distance, relative to the font size, of lines within a paragraph. */
  linePitch: number;
  /** The document uses more than one size or weight: fonts say what is a heading. Else numbering has to. */
  fontsVary: boolean;
}

/** A line this much larger than the body is a heading whatever its weight: 12 % is more than a rendering wobble. */
const LARGER = 1.12;
/** The longest line that can still be a heading. */
export const MAX_HEADING_CHARS = 120;

/** Sizes this close (as a ratio) are one heading level. */
const SAME_LEVEL = 0.95;

const roundSize = (size: number) => Math.round(size * 2) / 2;

function mostCommon(weights: Map<number, number>, fallback: number): number {
  let best = fallback;
  let bestWeight = 0;
  for (const [value, weight] of weights) {
    if (weight > bestWeight || (weight === bestWeight && value < best)) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

const add = (weights: Map<number, number>, key: number, weight: number) => weights.set(key, (weights.get(key) ?? 0) + weight);

export function isLargerThanBody(line: PdfLine, typography: Pick<Typography, 'bodySize'>): boolean {
  return line.size >= typography.bodySize * LARGER;
}

export function measureTypography(pages: PdfLine[][]): Typography {
  const prose = pages.flat().filter((line) => !line.monospace && /\p{L}/u.test(line.text));
  const sizes = new Map<number, number>();
  for (const line of prose) add(sizes, roundSize(line.size), line.text.length);
  const bodySize = mostCommon(sizes, 10);

  const lefts = new Map<number, number>();
  for (const line of prose) if (roundSize(line.size) === bodySize && !line.bold) add(lefts, Math.round(line.x), 1);
  const bodyLeft = mostCommon(lefts, 0);

  // Sizes within 5 % of each other are one level: a heading that names code is printed a little smaller in monospace.
  const headingSizes: number[] = [];
  const largerLines = pages.flat().filter((line) => isLargerThanBody(line, { bodySize }) && line.text.length <= MAX_HEADING_CHARS);
  for (const size of [...new Set(largerLines.map((line) => roundSize(line.size)))].sort((a, b) => b - a)) {
    const level = headingSizes.at(-1);
    if (level === undefined || size < level * SAME_LEVEL) headingSizes.push(size);
  }

  // Lines of one paragraph follow each other at the tightest usual spacing: the lower quartile of body-size steps.
  const pitches: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [previous, line] = [lines[i - 1] as PdfLine, lines[i] as PdfLine];
      if (roundSize(previous.size) !== bodySize || roundSize(line.size) !== bodySize || line.monospace || previous.monospace) continue;
      const step = (line.y - previous.y) / bodySize;
      if (step > 0.8) pitches.push(step);
    }
  }
  pitches.sort((a, b) => a - b);
  const linePitch = pitches[Math.floor(pitches.length / 4)] ?? 1.2;

  const fontsVary = headingSizes.length > 0 || prose.some((line) => line.bold);
  return { bodySize, bodyLeft, headingSizes, boldHeadingLevel: Math.min(6, headingSizes.length + 1), linePitch, fontsVary };
}

/** The heading level of a line larger than the body: the rank of its size among the document's heading sizes. */
export function headingLevelOf(size: number, typography: Pick<Typography, 'headingSizes'>): number {
  const index = typography.headingSizes.findIndex((levelSize) => size >= levelSize * SAME_LEVEL);
  return Math.min(6, (index === -1 ? typography.headingSizes.length : index) + 1);
}
