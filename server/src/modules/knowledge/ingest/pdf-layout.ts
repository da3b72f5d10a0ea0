/**
 * A PDF's text layer gives lines, page by page, with what print adds to every page (running headers and footers,
 * page numbers) and hyphens where a word was split at a line end. These pure functions turn those pages into
 * reading text: the repeated lines go, split words are joined, numbered and title-like lines become `#` headings,
 * and pages are separated by a form feed line, so each passage can say the page it starts on.
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
export function removePageFurniture(pages: string[][]): string[][] {
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edgeIndexes(lines).map((i) => furnitureKey(lines[i] ?? '')));
    for (const key of keys) if (key) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.6));
  return pages.map((lines) => {
    const edges = new Set(edgeIndexes(lines));
    return lines.filter((line, i) => {
      if (!edges.has(i)) return true;
      const trimmed = line.trim();
      return !(PAGE_COUNTER.test(trimmed) || (pages.length >= 2 && (pagesWith.get(furnitureKey(trimmed)) ?? 0) >= threshold));
    });
  });
}

/** "configu-\nration" → "configuration": a lower-case letter, a hyphen at the line end, a lower-case letter. */
export function joinHyphenatedWords(text: string): string {
  return text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2');
}

const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}[^.!?;:]{0,90})$/u;
const MAX_HEADING_WORDS = 10;

function typicalLength(lines: string[]): number {
  const lengths = lines.map((line) => line.trim().length).filter((length) => length > 0);
  return [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length / 2)] ?? 0;
}

/**
 * Headings recovered from layout: a numbered line ("2.3 Build options", level from the numbering) or a short line
 * without closing punctuation whose words are capitalised ("Employee Handbook", "Remote work" when it stands before
 * a capitalised line and is much shorter than the page's usual line). The PDF text layer has no heading marks.
 */
function headingLine(line: string, next: string | undefined, typical: number): string | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 100 || /[.,;:!?-]$/.test(trimmed)) return null;
  const numbered = NUMBERED_HEADING.exec(trimmed);
  if (numbered?.[1] && numbered[2] && numbered[2].split(/\s+/).length <= MAX_HEADING_WORDS) {
    const level = Math.min(3, numbered[1].split('.').length);
    return `${'#'.repeat(level)} ${trimmed}`;
  }
  const words = trimmed.split(/\s+/);
  const short = trimmed.length < typical * 0.6 && words.length <= MAX_HEADING_WORDS;
  const nextStartsSentence = next !== undefined && /^\p{Lu}/u.test(next.trim());
  if (short && /^\p{Lu}/u.test(trimmed) && /\p{L}{2}/u.test(trimmed) && nextStartsSentence) return `## ${trimmed}`;
  return null;
}

/** A page's lines as text: heading lines stand alone as `#` lines, other lines run on (the splitter reads them). */
function pageText(lines: string[]): string {
  const typical = typicalLength(lines);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heading = headingLine(line, lines[i + 1], typical);
    if (heading) out.push('', heading, '');
    else out.push(line.trim());
  }
  return out.join('\n');
}

/** Reading text of a PDF's pages (one string per page, lines split by \n), pages separated by PAGE_BREAK lines. */
export function pdfPagesToText(pages: string[]): string {
  const cleaned = removePageFurniture(pages.map((page) => page.split('\n')));
  return cleaned.map((lines) => pageText(joinHyphenatedWords(lines.join('\n')).split('\n')).trim()).join(`\n\n${PAGE_BREAK}\n\n`);
}
