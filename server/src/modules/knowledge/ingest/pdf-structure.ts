import { joinHyphens, markLineEndHyphens, numberedHeadingLevel, PAGE_BREAK, removePageFurniture } from './pdf-layout';
import { COPY_BUTTON, type PdfLine } from './pdf-lines';
import { headingLevelOf, isLargerThanBody, MAX_HEADING_CHARS, measureTypography, type Typography } from './pdf-typography';
import { blocksToText, collapseSpaces, type TextBlock, tableRowText } from './text-blocks';

/**
 * A PDF's lines (with their fonts) as reading text in the shape `blocksToText` documents, the same as HTML and
 * Markdown: `#` headings by font size, fenced code from monospace lines, `- ` list items from bullets, table rows as
 * `Header: cell; …`, Note/Tip/Warning labels on the paragraph they introduce, pages separated by form feed lines.
 */

/** Admonition titles as print shows them ("NOTE", "Tip:"): the label of what follows, never a section heading. */
const ADMONITION = /^(note|tip|warning|danger|important|caution|info)\s*:?$/i;
const isAdmonitionTitle = (text: string) => ADMONITION.test(text) && /^\p{Lu}/u.test(text);
/** Bullet glyphs always start a list item. */
const BULLET = /^[•◦▪▫‣⁃∙●○■□]\s*/u;
/** "1." / "a)" / "-" start a list item only at the start of a paragraph: a wrapped line may start with "-" too. */
const ITEM_MARKER = /^(?:\d{1,2}[.)]|[a-z][.)]|[-*–])\s+/u;
/** A bold, body-size line is a heading only when it is short and reads like a title, not a sentence or a lead-in. */
const MAX_BOLD_HEADING_WORDS = 12;
/** How much further right than the body a line must start to sit in an indented box (a note, a list). */
const INDENT = 4;

type Group = PdfLine[];

const round = (size: number) => Math.round(size * 2) / 2;
/** Monospace text larger than the body is a heading that names code (`## prettier.format(source)`), not code. */
const isCode = (line: PdfLine, typography: Typography) => line.monospace && !isLargerThanBody(line, typography);
const first = (group: Group) => group[0] as PdfLine;

function isNumberedHeading(line: PdfLine, typography: Typography): boolean {
  return !typography.fontsVary && numberedHeadingLevel(line.text) !== null;
}

/** Whether `line` starts a new block after `previous`: a paragraph gap, or a change of size, weight, face or kind. */
function startsBlock(previous: PdfLine, line: PdfLine, group: Group, typography: Typography): boolean {
  const step = (line.y - previous.y) / Math.max(previous.size, line.size);
  const gap = step > typography.linePitch * 1.25 || step < 0;
  const head = first(group);
  if (isCode(head, typography)) return !isCode(line, typography) || step > 4;
  // A monospace line inside a paragraph, at prose size, is inline code that filled a line.
  if (isCode(line, typography)) return gap || line.size < typography.bodySize - 1.5;
  if (gap || round(line.size) !== round(previous.size) || line.bold !== previous.bold) return true;
  // A table cell that wraps goes on below its own column, right of the row's first cell.
  const wrappedCell = previous.cells.length >= 2 && line.x > head.x + INDENT;
  if (BULLET.test(line.text) || (line.cells.length !== previous.cells.length && !wrappedCell)) return true;
  if (isNumberedHeading(line, typography) || isNumberedHeading(previous, typography)) return true;
  // "NOTE" alone on its line titles what follows, even in a PDF whose spacing and fonts do not set it apart.
  if (isAdmonitionTitle(line.text) || isAdmonitionTitle(previous.text)) return true;
  // A list item ends where a line starts left of the item's text.
  return BULLET.test(head.text) && line.x < head.x - 2;
}

function groupsOf(lines: PdfLine[], typography: Typography): Group[] {
  const groups: Group[] = [];
  let group: Group = [];
  for (const line of lines) {
    const previous = group.at(-1);
    if (previous && startsBlock(previous, line, group, typography)) {
      groups.push(group);
      group = [];
    }
    group.push(line);
  }
  if (group.length > 0) groups.push(group);
  return groups.flatMap((found) => splitTermLine(found, typography));
}

/** Prose lines as one line of text, a hyphen at a line end marked for `joinHyphens`. */
function joinLines(lines: PdfLine[]): string {
  return collapseSpaces(markLineEndHyphens(lines.map((line) => line.text).join('\n')));
}

/** Code lines with their indentation (from x offsets, in character widths) and blank lines (from vertical gaps). */
function codeText(lines: PdfLine[]): string {
  const left = Math.min(...lines.map((line) => line.x));
  const widths = lines.map((line) => line.charWidth).sort((a, b) => a - b);
  const charWidth = widths[Math.floor(widths.length / 2)] || 1;
  const steps = lines.slice(1).map((line, i) => line.y - (lines[i] as PdfLine).y);
  const pitch = Math.min(...steps.filter((step) => step > 0), Number.POSITIVE_INFINITY);
  return lines
    .map((line, i) => {
      const blanks = i > 0 && Number.isFinite(pitch) ? Math.min(2, Math.max(0, Math.round((steps[i - 1] ?? 0) / pitch) - 1)) : 0;
      return '\n'.repeat(blanks) + ' '.repeat(Math.max(0, Math.round((line.x - left) / charWidth))) + line.text;
    })
    .join('\n');
}

function headingLevel(group: Group, typography: Typography): number | null {
  const line = first(group);
  const text = joinLines(group);
  const notTitle = ADMONITION.test(text) || BULLET.test(text) || isCode(line, typography) || !/\p{L}/u.test(text);
  if (notTitle || group.length > 3 || text.length > MAX_HEADING_CHARS) return null;
  if (group.length === 1 && isNumberedHeading(line, typography)) return numberedHeadingLevel(line.text);
  if (!typography.fontsVary) return null;
  if (isLargerThanBody(line, typography)) return headingLevelOf(line.size, typography);
  const titleLike = !/[.,;:!]$/.test(text) && text.split(/\s+/).length <= MAX_BOLD_HEADING_WORDS;
  const inBody = line.size >= typography.bodySize - 0.3 && line.x <= typography.bodyLeft + INDENT;
  return line.bold && titleLike && inBody ? typography.boldHeadingLevel : null;
}

/** A bold line that titles the paragraph after it: an admonition's title, or a box's own title ("Accessing … LAN"). */
function labelOf(group: Group, typography: Typography): { text: string; admonition: boolean } | null {
  const text = joinLines(group);
  const admonition = ADMONITION.exec(text)?.[1];
  if (admonition && group.length === 1)
    return { text: admonition.charAt(0).toUpperCase() + admonition.slice(1).toLowerCase(), admonition: true };
  const line = first(group);
  const short = group.length <= 2 && text.length <= MAX_HEADING_CHARS && !/[.,;:]$/.test(text);
  return line.bold && !line.monospace && short && !isLargerThanBody(line, typography) ? { text, admonition: false } : null;
}

/** How much further right than its term a definition starts (print indents it by a few characters at least). */
const DEFINITION_INDENT = 2 * INDENT;
const MAX_TERM_CHARS = 60;

/** A line that can name a definition list's entry: short, one cell, not a sentence, lead-in, list item or note title. */
function isTermText(line: PdfLine): boolean {
  const { text } = line;
  if (text.length > MAX_TERM_CHARS || /[.:]$/.test(text) || line.cells.length > 1) return false;
  return !BULLET.test(text) && !ITEM_MARKER.test(text) && !isAdmonitionTitle(text);
}

/**
 * A term whose definition follows as closely as a paragraph's lines ("--quiet" over "Quiet, suppress feedback
 * messages.", in the same type): one group by spacing, but the definition starts indented under it, which no
 * paragraph does. It is split off, to be read as the definition's term below (printed manual pages: "gc.auto" had
 * run into "When there are approximately more than 6700 loose objects …").
 */
function splitTermLine(group: Group, typography: Typography): Group[] {
  const [term, body] = group;
  if (!term || !body || !isTermText(term) || isCode(term, typography) !== isCode(body, typography)) return [group];
  const definition = group.slice(1);
  const indented = definition.every((line) => line.x > term.x + DEFINITION_INDENT);
  return indented && headingLevel([term], typography) === null ? [[term], definition] : [group];
}

/**
 * A definition list as print shows it: a term alone on its line ("RESTRICT", "-F format", in code type or not) and
 * its definition indented below it, or several terms stacked over one definition ("-q" over "--quiet"). The terms
 * then label the definition ("RESTRICT: Refuse to truncate …", "-q, --quiet: Quiet, …"), as an HTML or Markdown
 * definition list reads, instead of standing as a code block or a paragraph cut from what they name.
 */
function definitionTerms(groups: Group[], start: number, typography: Typography): { text: string; count: number } | null {
  const head = groups[start];
  if (!head) return null;
  const x = first(head).x;
  const isTerm = (group: Group) =>
    group.length === 1 && isTermText(first(group)) && Math.abs(first(group).x - x) <= 2 && headingLevel(group, typography) === null;
  let end = start;
  while (end < groups.length && isTerm(groups[end] as Group)) end++;
  const next = groups[end];
  if (end === start || !next) return null;
  const body = first(next);
  if (isCode(body, typography) || isTableRow(next, typography) || BULLET.test(body.text) || ITEM_MARKER.test(body.text)) return null;
  if (headingLevel(next, typography) !== null || body.x <= x + DEFINITION_INDENT) return null;
  return {
    text: groups
      .slice(start, end)
      .map((group) => first(group).text)
      .join(', '),
    count: end - start,
  };
}

/**
 * Table rows (lines of several cells), cells placed in the columns of the first row; a bold first row is the header.
 * A line that starts in the first column starts a row even inside one group of lines (a printed summary table's
 * "Description: …" over "Status: Base" sit as close as a paragraph's lines; a long "%{VARNAME}C" runs into its
 * description as one cell); a line that starts further right is a cell's wrapped text.
 */
function tableBlocks(groups: Group[]): TextBlock[] {
  const columns = first(groups[0] as Group).cells.map((cell) => cell.x);
  const startsRow = (line: PdfLine) => Math.abs((line.cells[0]?.x ?? 0) - (columns[0] ?? 0)) <= 3;
  const rows = groups.flatMap((group) =>
    group.reduce<Group[]>((split, line) => {
      const last = split.at(-1);
      if (!last || startsRow(line)) split.push([line]);
      else last.push(line);
      return split;
    }, []),
  );
  const cellsOf = (row: Group) => {
    const cells = columns.map(() => '');
    for (const line of row) {
      for (const cell of line.cells) {
        let column = 0;
        columns.forEach((x, i) => {
          if (x <= cell.x + 3) column = i;
        });
        cells[column] = `${cells[column]} ${cell.text}`.trim();
      }
    }
    return cells;
  };
  const hasHeader = first(rows[0] as Group).bold && rows.length > 1;
  const headers = hasHeader ? cellsOf(rows[0] as Group) : [];
  return rows.slice(hasHeader ? 1 : 0).map((row) => ({ kind: 'paragraph', text: tableRowText(headers, cellsOf(row)) }));
}

const isTableRow = (group: Group, typography: Typography) => !isCode(first(group), typography) && first(group).cells.length >= 2;

const PAGER_WORD = /^(?:prev|previous|next|up|home)$/i;
/**
 * A web page's pager printed with it (DocBook's "Prev | Up | Next" over "UPDATE | Home | VALUES", at the top and the
 * bottom of each page printed from the HTML manual): a row most of whose cells are pager words. The HTML reader drops
 * it as site chrome; in print it is only a table, and its words would otherwise be a passage of every document.
 */
function isPagerRow(group: Group): boolean {
  const cells = first(group).cells.map((cell) => cell.text.trim());
  const pagerCells = cells.filter((cell) => PAGER_WORD.test(cell));
  return new Set(pagerCells.map((cell) => cell.toLowerCase())).size >= 2 && pagerCells.length * 2 > cells.length;
}

/**
 * A code block's copy button printed beside it: a docs page printed from the browser keeps the button's word at the
 * block's corner, where it would become the label of the paragraph below ("COPY: When a Buffer instance is …"). The
 * HTML reader drops buttons; here only its words and its place next to code tell.
 */
function isCopyButton(groups: Group[], index: number, typography: Typography): boolean {
  const group = groups[index] as Group;
  if (!COPY_BUTTON.test(joinLines(group)) || isCode(first(group), typography)) return false;
  return [groups[index - 1], groups[index + 1]].some((near) => near !== undefined && isCode(first(near), typography));
}

function listItem(group: Group, depths: number[]): TextBlock | null {
  const line = first(group);
  const marker = BULLET.exec(line.text) ?? ITEM_MARKER.exec(line.text);
  if (!marker) return null;
  while (depths.length > 0 && (depths.at(-1) ?? 0) > line.x + 2) depths.pop();
  if ((depths.at(-1) ?? Number.NEGATIVE_INFINITY) < line.x - 2) depths.push(line.x);
  const text = joinLines([{ ...line, text: line.text.slice(marker[0].length) }, ...group.slice(1)]);
  return { kind: 'list-item', depth: depths.length - 1, text };
}

/** One page's lines as blocks. */
function pageBlocks(lines: PdfLine[], typography: Typography): TextBlock[] {
  const groups = groupsOf(lines, typography);
  const blocks: TextBlock[] = [];
  let label: { text: string; admonition: boolean } | null = null;
  let listDepths: number[] = [];
  const withLabel = (text: string) => (label ? `${label.text}: ${text}` : text);
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as Group;
    const line = first(group);
    const terms = definitionTerms(groups, i, typography);
    if (terms) {
      label = { text: terms.text, admonition: false };
      i += terms.count - 1;
      continue;
    }
    if (isCode(line, typography)) {
      blocks.push({ kind: 'code', language: '', text: codeText(group) });
      label = null;
      continue;
    }
    if (isCopyButton(groups, i, typography)) continue;
    if (isTableRow(group, typography)) {
      let end = i + 1;
      while (end < groups.length && isTableRow(groups[end] as Group, typography)) end++;
      // The pager's second row (the neighbouring pages' titles) goes with it.
      if (!isPagerRow(group)) blocks.push(...tableBlocks(groups.slice(i, end)));
      i = end - 1;
      label = null;
      continue;
    }
    const level = headingLevel(group, typography);
    if (level !== null) {
      blocks.push({ kind: 'heading', level, text: joinLines(group) });
      label = null;
      listDepths = [];
      continue;
    }
    if (blocks.at(-1)?.kind !== 'list-item') listDepths = [];
    const item = listItem(group, listDepths);
    const titled = item ? null : labelOf(group, typography);
    const next = groups[i + 1];
    // A box title before code is the code's caption: it stays as text. An admonition word alone says nothing.
    if (titled && (titled.admonition || (next && !isCode(first(next), typography)))) {
      label = titled;
      continue;
    }
    blocks.push(item ? { ...item, text: withLabel(item.text) } : { kind: 'paragraph', text: withLabel(joinLines(group)) });
    label = null;
  }
  return blocks;
}

/**
 * A definition list's term printed as the last line of a page and its definition at the top of the next
 * ("rebase.missingCommitsCheck", a page break, "If set to "warn", git rebase -i will print a warning …"): the term
 * goes to the next page, above its definition, to label it there as on any page.
 */
function withTermsOverPageBreaks(pages: PdfLine[][], typography: Typography): PdfLine[][] {
  const moved = pages.map((lines) => [...lines]);
  for (let i = 0; i + 1 < moved.length; i++) {
    const page = moved[i] as PdfLine[];
    const next = moved[i + 1] as PdfLine[];
    const [term, before, body] = [page.at(-1), page.at(-2), next[0]];
    if (!term || !body || !isTermText(term) || headingLevel([term], typography) !== null) continue;
    const apart = !before || (term.y - before.y) / Math.max(before.size, term.size) > typography.linePitch * 1.25;
    const indentedBelow = body.x > term.x + DEFINITION_INDENT && !isCode(body, typography);
    if (!apart || !indentedBelow || BULLET.test(body.text) || ITEM_MARKER.test(body.text)) continue;
    page.pop();
    next.unshift({ ...term, y: body.y - 2 * Math.max(term.size, body.size) * typography.linePitch });
  }
  return moved;
}

/** Reading text of a PDF from its pages of lines; see the top of this file for the shape. */
export function pdfLinesToText(pages: PdfLine[][]): string {
  const cleaned = removePageFurniture(pages, (line) => line.text);
  const typography = measureTypography(cleaned);
  const text = withTermsOverPageBreaks(cleaned, typography)
    .map((lines) => blocksToText(pageBlocks(lines, typography)))
    .join(`\n\n${PAGE_BREAK}\n\n`)
    .trim();
  return joinHyphens(text);
}

/**
 * Reading text of pages known only as text (one string per page, lines split by \n): every line in one font, so
 * numbering is the only heading mark and only page ends and headings split paragraphs.
 */
export function pdfPagesToText(pages: string[]): string {
  const asLines = (page: string): PdfLine[] =>
    page
      .split('\n')
      .filter((text) => text.trim())
      .map((text, i) => ({
        text: text.trim(),
        x: 0,
        y: i * 12,
        size: 10,
        bold: false,
        monospace: false,
        charWidth: 5,
        cells: [{ x: 0, text }],
      }));
  return pdfLinesToText(pages.map(asLines));
}
