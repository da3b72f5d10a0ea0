import { optionListingBlocks } from './option-listing';

/**
 * The one shape every format's reader produces before it becomes text. HTML and Markdown readers build these blocks
 * from their parse trees, so both formats come out of `blocksToText` the same way:
 *
 * - a heading is a `#`…`######` line;
 * - a paragraph is one line of text (table rows, definition-list entries and admonitions are paragraphs too);
 * - consecutive list items are `- ` lines, indented two spaces per nesting level, in one paragraph;
 * - code is a fenced block (```` ```lang ````), so no reader of the text, and no passage of it, takes code for prose;
 *   a program's help text fenced as code is the exception: its options read as definitions (`option-listing.ts`);
 * - blocks are separated by one blank line.
 */
export type TextBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list-item'; text: string; depth: number }
  | { kind: 'code'; language: string; text: string };

/** A heading the text is under: its level (1–6) and its words. */
export type Section = { level: number; text: string };

/** The level of a section opened under `parent` (a collapsed entry, a long definition): one deeper, at most 6. */
export const subsectionLevel = (parent: Section | null) => Math.min(6, (parent?.level ?? 1) + 1);

/** Inline text as one line: runs of white space (line breaks included) become one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A list item that opens with a name in code straight followed by its description ("`max` The maximum size of the
 * cache …", a README's option list) reads "max: The maximum size …", as definition lists and "name: description" items
 * do: with the code's ticks gone, nothing else tells the name from the first word of its description. `name` is the
 * code's text and `description` the text right after it; null when the item does not open that way (a capitalised
 * description must follow a name: `npm install` to get it, `length` is a function), unless the caller knows the item
 * is one of a list of options (`anyCase`: "`prefix` an optional prefix for metric names").
 */
export function codeNamedItem(name: string, description: string, { anyCase = false } = {}): string | null {
  if (!/^[\p{L}_$][\w$.-]*(?:\(\))?$/u.test(name) || !(anyCase ? /^\s+\p{L}/u : /^\s+\p{Lu}/u).test(description)) return null;
  return `${name}: ${description.trimStart()}`;
}

/** The shortest fence that the code cannot close by accident: longer than any backtick run starting a line in it. */
function fenceFor(code: string): string {
  let longest = 0;
  for (const line of code.split('\n')) {
    const run = /^\s*(`+)/.exec(line)?.[1]?.length ?? 0;
    if (run > longest) longest = run;
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

export function fencedCode(language: string, code: string): string {
  const fence = fenceFor(code);
  return `${fence}${language}\n${code.replace(/^\n+|\s+$/g, '')}\n${fence}`;
}

/**
 * A labelled unit: an admonition ("Note: …") or a definition ("term: definition"). Its prose (paragraphs, list
 * items, inner headings) becomes one paragraph after the label, so the label and what it labels are never cut
 * apart and the label never becomes a section heading; its code blocks follow as code.
 */
export function labelled(label: string, blocks: TextBlock[]): TextBlock[] {
  const prose: string[] = [];
  const code: TextBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'code') code.push(block);
    else if (block.text) prose.push(block.text);
  }
  const text = collapseSpaces(prose.join(' '));
  const cleanLabel = collapseSpaces(label).replace(/:$/, '');
  const head: TextBlock[] = text || cleanLabel ? [{ kind: 'paragraph', text: cleanLabel ? `${cleanLabel}: ${text}`.trim() : text }] : [];
  return [...head, ...code];
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * The label of an admonition: "Note", "Warning", "Warning (Breaking change)" when its author titled it, the title
 * alone for a kind-less box or a collapsible "details" one.
 */
export function admonitionLabel(kind: string | null, title: string | null): string {
  const cleanTitle = collapseSpaces(title ?? '').replace(/:$/, '');
  const kindLabel = kind ? capitalise(kind) : '';
  if (!cleanTitle || cleanTitle.toLowerCase() === kind?.toLowerCase()) return kindLabel || 'Note';
  return kindLabel && kind?.toLowerCase() !== 'details' ? `${kindLabel} (${cleanTitle})` : cleanTitle;
}

/** A table row as a sentence-like unit that still says what each value means: `Header: cell; Header: cell`. */
export function tableRowText(headers: string[], cells: string[]): string {
  return joinCells(cells.map((cell, i) => (cell && headers[i] ? `${headers[i]}: ${cell}` : cell)).filter(Boolean));
}

/**
 * Cells joined by "; ", except after a cell that labels the next: a manual's summary table reads "Default: Off", not
 * "Default:; Off".
 */
function joinCells(cells: string[]): string {
  return cells.reduce((row, cell, i) => (i === 0 ? cell : `${row}${row.endsWith(':') ? ' ' : '; '}${cell}`), '');
}

export function blocksToText(blocks: TextBlock[]): string {
  const parts: string[] = [];
  let list: string[] = [];
  const endList = () => {
    if (list.length > 0) parts.push(list.join('\n'));
    list = [];
  };
  for (const block of blocks.flatMap((block) => (block.kind === 'code' ? optionListingBlocks(block) : [block]))) {
    if (block.kind === 'list-item') {
      if (block.text) list.push(`${'  '.repeat(block.depth)}- ${block.text}`);
      continue;
    }
    endList();
    if (block.kind === 'heading') {
      if (block.text) parts.push(`${'#'.repeat(Math.min(6, Math.max(1, block.level)))} ${block.text}`);
    } else if (block.kind === 'paragraph') {
      if (block.text) parts.push(block.text);
    } else if (block.text.trim()) parts.push(fencedCode(block.language, block.text));
  }
  endList();
  return parts.join('\n\n');
}
