/** A half-open range of a text: `text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** The text without its whitespace, and for each character left, where it was in the text. */
interface Squashed {
  chars: string;
  origin: number[];
}

const WHITESPACE = /\s/;

function isWhitespace(code: number, char: string): boolean {
  // The ASCII cases without a regex: documents run to megabytes.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(char);
}

function squash(text: string): Squashed {
  const kept: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (isWhitespace(text.charCodeAt(i), char)) continue;
    kept.push(char);
    origin.push(i);
  }
  return { chars: kept.join(''), origin };
}

/**
 * Finds texts in `text` ignoring whitespace: the server stores quotes and passages with line breaks and runs of
 * spaces collapsed or re-joined (a PDF's wrapped lines, a page break between paragraphs), so an exact search misses
 * them. Each needle is looked for after the previous one found (they come in reading order), then from the start;
 * a needle not found, or made only of whitespace, is left out. Ranges are in `text`'s own offsets, sorted, and do
 * not overlap.
 */
export function findIgnoringWhitespace(text: string, needles: readonly string[]): TextRange[] {
  const haystack = squash(text);
  const ranges: TextRange[] = [];
  let from = 0;
  for (const needle of needles) {
    const wanted = squash(needle).chars;
    if (!wanted) continue;
    let at = haystack.chars.indexOf(wanted, from);
    if (at < 0) at = haystack.chars.indexOf(wanted);
    if (at < 0) continue;
    const range = { start: haystack.origin[at] as number, end: (haystack.origin[at + wanted.length - 1] as number) + 1 };
    if (ranges.some((other) => range.start < other.end && other.start < range.end)) continue;
    ranges.push(range);
    from = at + wanted.length;
  }
  return ranges.sort((a, b) => a.start - b.start);
}
