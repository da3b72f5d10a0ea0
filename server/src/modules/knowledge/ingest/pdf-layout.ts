/**
 * A PDF's text layer gives lines, page by page, with what print adds to every page (running headers and footers,
 * page numbers) and hyphens where a word was split at a line end. These pure functions turn those pages into
 * reading text: the repeated lines go, split words are joined, numbered lines can be recognised as headings, and
 * pages are separated by a form feed line, so each passage can say the page it starts on.
 */

/** The line between two pages in extracted text: a form feed, as `pdftotext` writes it. */
export const PAGE_BREAK = '\f';

/** How many lines at the top and the bottom of a page may be print furniture. */
const EDGE_LINES = 3;

/** "Page 3 of 17", "3/17", "- 3 -", "iv": counters, on any page, at its top or bottom. */
const PAGE_COUNTER = /^(?:page\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*(?:(?:\/|of)\s*\d{1,4})?\s*[-–—]?$/i;

/** Digits normalised, so "Printed 12/03/2024 — page 3" on every page is one line however its numbers change. */
function furnitureKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

function edgeIndexes(lines: string[]): number[] {
  const filled = lines.map((line, i) => (line.trim() ? i : -1)).filter((i) => i >= 0);
  return [...new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)])];
}

/**
 * Lines at the top or bottom of most pages (the same after digits are normalised) are running headers and footers:
 * a date, the document's title, a URL, "3/17". They are removed, as are bare page counters.
 */
export function removePageFurniture<Line>(pages: Line[][], textOf: (line: Line) => string): Line[][] {
  const texts = pages.map((lines) => lines.map(textOf));
  const pagesWith = new Map<string, number>();
  for (const lines of texts) {
    const keys = new Set(edgeIndexes(lines).map((i) => furnitureKey(lines[i] ?? '')));
    for (const key of keys) if (key) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const threshold = furnitureThreshold(pages.length);
  return pages.map((lines, page) => {
    const pageTexts = texts[page] ?? [];
    const edges = new Set(edgeIndexes(pageTexts));
    return lines.filter((_, i) => {
      if (!edges.has(i)) return true;
      const trimmed = (pageTexts[i] ?? '').trim();
      return !(PAGE_COUNTER.test(trimmed) || (pages.length >= 2 && (pagesWith.get(furnitureKey(trimmed)) ?? 0) >= threshold));
    });
  });
}

/** Pages on which a line (or a run) must repeat to be furniture: most of them, and at least two. */
const furnitureThreshold = (pageCount: number) => Math.max(2, Math.ceil(pageCount * 0.6));

/**
 * A web page's skip link ("Skip to content"): chrome wherever a browser printed it. It is printed over the text on some
 * pages only (three of six in one printed page), too few to be told by repeating, and ran into a sentence there ("the
 * one used bySkip to content process.hrtime()").
 */
const SKIP_LINK = /^(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search)$/i;

/**
 * Runs of text printed at the same place on most pages, with the same text (digits normalised), on one of a page's
 * first or last baselines: furniture too, even where it shares a baseline with the page's own text, which hides it
 * from `removePageFurniture` ("Skip to content", a web page's skip link that a browser prints over the first line of
 * every page: "Skip to contentReturns: <Object[]> …"). A skip link is dropped wherever it is, however few pages
 * have it (SKIP_LINK).
 */
export function removeRepeatedRuns<Run extends { text: string; x: number; y: number }>(printed: Run[][]): Run[][] {
  const pages = printed.map((runs) => runs.filter((run) => !SKIP_LINK.test(run.text.trim())));
  if (pages.length < 2) return pages;
  const keyOf = (run: Run) => `${furnitureKey(run.text)}@${Math.round(run.x)},${Math.round(run.y)}`;
  const edgeBaselines = pages.map((runs) => {
    const baselines = [...new Set(runs.filter((run) => run.text.trim()).map((run) => Math.round(run.y)))].sort((a, b) => a - b);
    return new Set([...baselines.slice(0, EDGE_LINES), ...baselines.slice(-EDGE_LINES)]);
  });
  const atEdge = (run: Run, page: number) => run.text.trim() !== '' && (edgeBaselines[page]?.has(Math.round(run.y)) ?? false);
  const pagesWith = new Map<string, number>();
  pages.forEach((runs, page) => {
    for (const key of new Set(runs.filter((run) => atEdge(run, page)).map(keyOf))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  });
  const threshold = furnitureThreshold(pages.length);
  return pages.map((runs, page) => runs.filter((run) => !atEdge(run, page) || (pagesWith.get(keyOf(run)) ?? 0) < threshold));
}

/**
 * A hyphen at a line end between lower-case letters, marked until the whole document is read: it may have split a
 * word ("configu-\nration") or be the word's own ("server-\nstatus"), and only the rest of the document tells.
 */
const LINE_END_HYPHEN = '\u00ad';

/**
 * An option's dashes at a line end ("If --\nformat is not given"): browsers break a line after "--" as after any
 * hyphen, so the option may go on at the next line's start; marked until the whole document is read, like hyphens.
 */
const LINE_END_DASHES = '\ue001'; // private use: no document writes it

/**
 * Lines joined into one, with each hyphen at a line end between lower-case letters, and each option's dashes at a
 * line end before a lower-case word, marked (see `joinHyphens`).
 */
export function markLineEndHyphens(text: string): string {
  return text
    .replace(/(\p{Ll})-\n(\p{Ll})/gu, `$1${LINE_END_HYPHEN}$2`)
    .replace(/(^|[\s[(|])(--?)\n(?=\p{Ll})/gu, `$1$2${LINE_END_DASHES}`);
}

/**
 * The marked hyphens resolved with the whole document as the dictionary: "configu-ration" → "configuration", but a
 * word the document writes with its hyphen elsewhere ("server-status", "read-only") keeps it, and so does a hyphen
 * inside an address or a path (http://your.server.name/server-status): browsers break lines after a hyphen, they do
 * not hyphenate words.
 */
export function joinHyphens(text: string): string {
  if (!text.includes(LINE_END_HYPHEN) && !text.includes(LINE_END_DASHES)) return text;
  const hyphenated = hyphenatedPairs(text);
  const options = optionNames(text);
  return text
    .split(/(\s+)/)
    .map((written) => {
      let token = written;
      // "--" then "format" is the option --format when the document writes it whole elsewhere; else a dash and a word.
      if (token.includes(LINE_END_DASHES)) {
        const [before = '', rest = ''] = token.split(LINE_END_DASHES);
        const option = `${/-+$/.exec(before)?.[0] ?? ''}${leadingWord(rest)}`.toLowerCase();
        token = `${before}${options.has(option) ? '' : ' '}${rest}`;
      }
      if (!token.includes(LINE_END_HYPHEN)) return token;
      const inAddress = /[/:@]|\.\p{L}/u.test(token);
      const parts = token.split(LINE_END_HYPHEN);
      return parts.reduce((joined, part, i) => {
        const pair = `${trailingWord(parts[i - 1] as string)}-${leadingWord(part)}`.toLowerCase();
        return joined + (inAddress || hyphenated.has(pair) ? '-' : '') + part;
      });
    })
    .join('');
}

/** The command-line options the document writes whole ("--format", "-q"), lower-cased, without their values. */
function optionNames(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/(?<![\p{L}\p{N}-])--?[\p{L}][\p{L}\p{N}]*/gu) ?? []);
}

/** Every two neighbouring parts of the document's hyphenated words, lower-cased: "read-only-mode" gives read-only and only-mode. */
function hyphenatedPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    const parts = word.split('-');
    for (let i = 1; i < parts.length; i++) if (parts[i - 1] && parts[i]) pairs.add(`${parts[i - 1]}-${parts[i]}`);
  }
  return pairs;
}

// Scanned by hand: a regular expression anchored at a word's end backtracks over long runs of letters.
const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);
function trailingWord(text: string): string {
  let start = text.length;
  while (isWordCharacter(text[start - 1])) start--;
  return text.slice(start);
}
function leadingWord(text: string): string {
  let end = 0;
  while (isWordCharacter(text[end])) end++;
  return text.slice(0, end);
}

const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}[^.!?;:]{0,90})$/u;
const MAX_HEADING_WORDS = 10;

/**
 * The heading level of a numbered line ("2.3 Build options" is level 2), or null. For PDFs printed in one font,
 * numbering is the only heading mark the text layer keeps.
 */
export function numberedHeadingLevel(line: string): number | null {
  const trimmed = line.trim();
  if (trimmed.length > 100 || /[.,;:!?-]$/.test(trimmed)) return null;
  const numbered = NUMBERED_HEADING.exec(trimmed);
  if (!numbered?.[1] || !numbered[2] || numbered[2].split(/\s+/).length > MAX_HEADING_WORDS) return null;
  return Math.min(3, numbered[1].split('.').length);
}
