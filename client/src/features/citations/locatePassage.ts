import { findIgnoringWhitespace, type TextRange } from './findIgnoringWhitespace';

const FENCE_LINE = /^\s{0,3}(?:`{3,}|~{3,})[\w+-]*\s*$/;

/**
 * Where a passage sits in its document's text. A passage is a slice of the text once whitespace is ignored, except
 * that one cut inside a code block repeats the block's opening fence at its start or closes it at its end (so each
 * passage says on its own which lines are code): those added fence lines are tried away before giving up.
 */
export function locatePassage(text: string, content: string): TextRange | null {
  const lines = content.split('\n');
  const opens = lines.length > 1 && FENCE_LINE.test(lines[0] ?? '');
  const closes = lines.length > 1 && FENCE_LINE.test(lines.at(-1) ?? '');
  const candidates = [content];
  if (opens) candidates.push(lines.slice(1).join('\n'));
  if (closes) candidates.push(lines.slice(0, -1).join('\n'));
  if (opens && closes) candidates.push(lines.slice(1, -1).join('\n'));
  for (const candidate of candidates) {
    const [range] = findIgnoringWhitespace(text, [candidate]);
    if (range) return range;
  }
  return null;
}
