import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import { admonitionOf } from './html-admonitions';
import { isChrome, isHidden, SKIPPED_TAGS } from './html-chrome';
import { parseHtml } from './parse-html';
import {
  blocksToText,
  codeNamedItem,
  collapseSpaces,
  labelled,
  type Section,
  subsectionLevel,
  type TextBlock,
  tableRowText,
} from './text-blocks';

export interface HtmlText {
  /** Reading text in the shape `blocksToText` documents: `#` headings, fenced code, one line per table row. */
  text: string;
  /** The page's title: `<title>` without the site's name, else its first `<h1>`. */
  title: string | null;
}

/**
 * How deep the block walk recurses. Real pages nest a few dozen levels; below this, an element's text is still read
 * (iteratively, by `textOf`) but as one paragraph, so a 100,000-deep nesting costs linear time and no stack.
 */
const MAX_BLOCK_DEPTH = 120;

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
// biome-ignore format: a tag list reads better packed
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const children = (node: AnyNode): AnyNode[] => ('children' in node ? node.children : []);
const elementChildren = (node: AnyNode): Element[] => children(node).filter(isTag);

/** Elements whose content a reader of the page never sees as text. */
function isInvisible(element: Element, keepHeader: boolean): boolean {
  return SKIPPED_TAGS.has(element.name) || isHidden(element) || isChrome(element, keepHeader);
}

/** Text of a subtree without recursion (any depth is fine); `<br>` is a line break, invisible parts are left out. */
export function textOf(root: AnyNode, keepHeader = true): string {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) out.push(node.data);
    else if (isTag(node)) {
      if (node !== root && isInvisible(node, keepHeader)) continue;
      if (node.name === 'br') out.push('\n');
      const kids = children(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
    }
  }
  return out.join('');
}

/** The first element in document order that matches, found without recursion. */
function findFirst(root: AnyNode, matches: (element: Element) => boolean): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTag(node) && node !== root && matches(node)) return node;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return null;
}

function findAll(root: AnyNode, matches: (element: Element) => boolean, limit = Number.POSITIVE_INFINITY): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop() as AnyNode;
    if (isTag(node) && node !== root && matches(node)) found.push(node);
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return found;
}

/**
 * The part of the page that is the document: `<main>`, `[role=main]` or a lone `<article>` (narrowed to the one
 * `<article>` inside `<main>` when there is one), else the whole body. Site chrome around it goes with the rest.
 */
function mainContent(document: AnyNode): { root: AnyNode; isMain: boolean } {
  const main = findFirst(document, (element) => element.name === 'main') ?? findFirst(document, (e) => e.attribs.role === 'main');
  const scope = main ?? document;
  const articles = findAll(scope, (element) => element.name === 'article', 2);
  if (articles.length === 1 && articles[0]) return { root: articles[0], isMain: true };
  if (main) return { root: main, isMain: true };
  return { root: findFirst(document, (element) => element.name === 'body') ?? document, isMain: false };
}

/** The code's language from `language-x` / `lang-x` classes on the `<pre>`, its `<code>` or the wrapper. */
function codeLanguage(...elements: Array<Element | null | undefined>): string {
  for (const element of elements) {
    const match = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(element?.attribs.class ?? '');
    if (match?.[1]) return match[1].toLowerCase();
  }
  return '';
}

/**
 * A `<pre>` as one code block. Several `<code>` children are variants of one example (the Node.js docs print the ES
 * module and the CommonJS version in one `<pre>`, a switch shows one): each on its own lines, not run together.
 */
function codeBlock(pre: Element, wrapper?: Element): TextBlock {
  const codes = elementChildren(pre).filter((child) => child.name === 'code');
  const text = codes.length > 1 ? codes.map((code) => textOf(code).replace(/\s+$/, '')).join('\n\n') : textOf(pre);
  return { kind: 'code', language: codeLanguage(pre, codes[0], wrapper), text: text.replace(/\s+$/, '') };
}

function tableBlocks(table: Element): TextBlock[] {
  // Rows of this table only: a table nested in a cell is read as that cell's text.
  const rows = findAll(table, (element) => element.name === 'tr' && element.parent !== null).filter(
    (row) => nearestAncestor(row, 'table') === table,
  );
  const cellsOf = (row: Element) => elementChildren(row).filter((cell) => cell.name === 'td' || cell.name === 'th');
  const textsOf = (row: Element) => cellsOf(row).map((cell) => collapseSpaces(textOf(cell)));
  const first = rows[0];
  const headerRow =
    rows.find((row) => row.parent && isTag(row.parent) && row.parent.name === 'thead') ??
    (first && cellsOf(first).length > 0 && cellsOf(first).every((cell) => cell.name === 'th') ? first : undefined);
  const headers = headerRow ? textsOf(headerRow) : [];
  return rows
    .filter((row) => row !== headerRow)
    .map((row): TextBlock => ({ kind: 'paragraph', text: tableRowText(headers, textsOf(row)) }))
    .filter((block) => block.kind === 'paragraph' && block.text !== '');
}

function nearestAncestor(element: Element, name: string): Element | null {
  let current = element.parent;
  while (current) {
    if (isTag(current) && current.name === name) return current;
    current = current.parent;
  }
  return null;
}

class BlockWriter {
  readonly blocks: TextBlock[] = [];
  private inline: string[] = [];
  /** The section the writer is in: its last heading. */
  private section: Section | null = null;

  /**
   * `sectioned`: this writer writes the page itself (not a list item's or an admonition's inside, whose headings are
   * flattened), so a long definition list may open sections of its own (see `definitions`).
   */
  constructor(
    private readonly keepHeader: boolean,
    private readonly sectioned = false,
    section: Section | null = null,
  ) {
    this.section = section;
  }

  text(data: string) {
    this.inline.push(data);
  }

  /** Ends the running paragraph (text between block elements). */
  flush() {
    const text = collapseSpaces(this.inline.join(''));
    this.inline = [];
    if (text) this.blocks.push({ kind: 'paragraph', text });
  }

  push(...blocks: TextBlock[]) {
    this.flush();
    this.blocks.push(...blocks);
  }

  /** Blocks of a subtree rendered on their own, for the containers that relabel or regroup them. */
  sub(element: Element, depth: number, listDepth: number, skip?: AnyNode): TextBlock[] {
    const writer = new BlockWriter(this.keepHeader);
    for (const child of children(element)) if (child !== skip) writer.node(child, depth + 1, listDepth);
    writer.flush();
    return writer.blocks;
  }

  children(element: AnyNode, depth: number, listDepth: number) {
    for (const child of children(element)) this.node(child, depth + 1, listDepth);
  }

  node(node: AnyNode, depth: number, listDepth: number) {
    if (isText(node)) return this.text(node.data);
    if (!isTag(node) || isInvisible(node, this.keepHeader)) return;
    if (depth > MAX_BLOCK_DEPTH) return this.push({ kind: 'paragraph', text: collapseSpaces(textOf(node, this.keepHeader)) });
    const name = node.name;
    const level = HEADINGS[name];
    if (level) {
      const heading = { level, text: collapseSpaces(textOf(node, this.keepHeader)) };
      this.section = heading;
      return this.push({ kind: 'heading', ...heading });
    }
    if (name === 'pre') return this.push(codeBlock(node));
    if (name === 'br') return this.text(' ');
    const admonition = admonitionOf(node);
    if (admonition) {
      return this.push(...labelled(admonition.label, this.sub(node, depth, listDepth, admonition.title ?? undefined)));
    }
    // Highlighters wrap the <pre> with a language label and a copy button: the code is all that counts.
    const wrappedPre = codeLanguage(node) ? elementChildren(node).find((child) => child.name === 'pre') : undefined;
    if (wrappedPre) return this.push(codeBlock(wrappedPre, node));
    if (name === 'table') return this.push(...tableBlocks(node));
    if (name === 'ul' || name === 'ol') return this.list(node, depth, listDepth);
    if (name === 'dl') return this.definitions(node, depth, listDepth);
    if (name === 'details' && this.sectioned && listDepth === 0 && isCollapsibleSection(node))
      return this.collapsible(node, depth, listDepth);
    if (!BLOCK_TAGS.has(name)) return this.children(node, depth, listDepth);
    this.flush();
    this.children(node, depth, listDepth);
    this.flush();
  }

  /** Each item a `- ` line; its text up to its first block that is not prose, nested lists one level deeper. */
  private list(list: Element, depth: number, listDepth: number) {
    this.flush();
    for (const item of elementChildren(list)) {
      if (isInvisible(item, this.keepHeader)) continue;
      const blocks = item.name === 'li' ? this.sub(item, depth + 1, listDepth + 1) : [];
      const leading: string[] = [];
      while (blocks[0]?.kind === 'paragraph') leading.push((blocks.shift() as { text: string }).text);
      if (leading.length > 0) {
        const name = isTag(item) ? codeOpening(item) : null;
        const first = leading[0] as string;
        if (name && first.startsWith(name)) leading[0] = codeNamedItem(name, first.slice(name.length)) ?? first;
        this.blocks.push({ kind: 'list-item', depth: listDepth, text: itemText(leading) });
      }
      this.blocks.push(...blocks);
    }
  }

  /**
   * A collapsed section (`<details>` titled by its `<summary>`: a README's "Strict-Transport-Security" entry, a FAQ's
   * question) is a section under the current one, headed by its summary, so that its passages say what they are
   * about; after it, the section it was in resumes.
   */
  private collapsible(details: Element, depth: number, listDepth: number) {
    this.flush();
    const summary = elementChildren(details).find((child) => child.name === 'summary') as Element;
    const parent = this.section;
    const heading = { level: subsectionLevel(parent), text: collapseSpaces(textOf(summary, this.keepHeader)) };
    this.blocks.push({ kind: 'heading', ...heading });
    this.section = heading;
    for (const child of children(details)) if (child !== summary) this.node(child, depth + 1, listDepth);
    this.flush();
    this.section = parent;
    if (parent) this.blocks.push({ kind: 'heading', ...parent });
  }

  /**
   * `<dt>` terms and their `<dd>` definitions as "term: definition" units. A reference list whose definitions run to
   * several paragraphs (a manual's configuration parameters: "work_mem (integer)" then four paragraphs) gives each
   * entry a section of its own under the current one, headed by its term: split into passages, every passage of a
   * long definition still says which term it defines. After the list, the section it was in resumes.
   */
  private definitions(list: Element, depth: number, listDepth: number) {
    this.flush();
    const entries: Array<{ label: string; blocks: TextBlock[] }> = [];
    let terms: string[] = [];
    const items = elementChildren(list).flatMap((child) => (child.name === 'div' ? elementChildren(child) : [child]));
    for (const item of items) {
      if (item.name === 'dt') terms.push(collapseSpaces(textOf(item, this.keepHeader)));
      else if (item.name === 'dd') {
        entries.push({ label: terms.join(', '), blocks: this.sub(item, depth + 1, listDepth) });
        terms = [];
      }
    }
    const section = this.section;
    if (this.sectioned && listDepth === 0 && section && entries.some(({ blocks }) => isLongDefinition(blocks))) {
      for (const { label, blocks } of entries) this.blocks.push(...definitionSection(label, blocks, subsectionLevel(section)));
      this.blocks.push({ kind: 'heading', ...section });
    } else {
      for (const { label, blocks } of entries) this.blocks.push(...labelled(label, blocks));
    }
    if (terms.length > 0) this.blocks.push({ kind: 'paragraph', text: terms.join(', ') });
  }
}

/**
 * A name alone on an item's first line: an environment variable, a setting, an option (`CELERYD_PID_FILE`,
 * `--autoscale`, `server.port`). No spaces, no sentence.
 */
const LONE_NAME = /^(?:--?)?[\p{L}_$][\w$.-]*(?:\(\))?$/u;

/**
 * An item's paragraphs as one line. Sphinx writes a reference list as items whose first paragraph is the name and
 * whose indented block defines it ("CELERYD_PID_FILE", then "Full path to the PID file. Default is …"): read as
 * "name: definition", as a definition list is, so the definition says what it defines.
 */
function itemText(paragraphs: string[]): string {
  const [first, ...rest] = paragraphs;
  return first && rest.length > 0 && LONE_NAME.test(first) ? `${first}: ${rest.join(' ')}` : paragraphs.join(' ');
}

/** The text of the code an item opens with, when text follows it ("<code>max</code> The maximum …"); see codeNamedItem. */
function codeOpening(item: Element): string | null {
  const meaningful = (node: Element) => children(node).filter((child) => !(isText(child) && !child.data.trim()));
  let nodes = meaningful(item);
  const paragraph = nodes[0];
  if (paragraph && isTag(paragraph) && paragraph.name === 'p') nodes = meaningful(paragraph);
  const [code, rest] = nodes;
  return code && isTag(code) && code.name === 'code' && rest && isText(rest) ? collapseSpaces(textOf(code)) : null;
}

/**
 * A `<details>` that is a section of the text: titled by a `<summary>` with words, and holding more than a table (the
 * "History" tables of API references stay rows of the entry they follow).
 */
function isCollapsibleSection(details: Element): boolean {
  const summary = elementChildren(details).find((child) => child.name === 'summary');
  if (!summary || !collapseSpaces(textOf(summary))) return false;
  const content = children(details).filter((child) => child !== summary && !(isText(child) && !child.data.trim()));
  return content.some((child) => !isTag(child) || child.name !== 'table');
}

/** A definition of several paragraphs, or of one paragraph longer than a passage holds comfortably. */
function isLongDefinition(blocks: TextBlock[]): boolean {
  const prose = blocks.filter((block) => block.kind !== 'code');
  return prose.length >= 2 || prose.reduce((length, block) => length + block.text.length, 0) >= 600;
}

/**
 * One entry of a long definition list as a section: its term as the heading, the term again before its first
 * paragraph (the text, not only the heading, names what it defines), its other blocks as they are. Headings inside
 * the definition read as paragraphs: the section is the term's.
 */
function definitionSection(label: string, blocks: TextBlock[], level: number): TextBlock[] {
  const body = blocks.map((block): TextBlock => (block.kind === 'heading' ? { kind: 'paragraph', text: block.text } : block));
  if (!label) return body;
  const [first, ...rest] = body;
  const opening: TextBlock[] =
    first?.kind === 'paragraph'
      ? [{ kind: 'paragraph', text: `${label}: ${first.text}` }, ...rest]
      : [{ kind: 'paragraph', text: label }, ...body];
  return [{ kind: 'heading', level, text: label }, ...opening];
}

/** "Onboarding guide | Acme Help Center" → "Onboarding guide": sites append their own name to every page title. */
export function pageTitle(title: string | null): string | null {
  const first = title?.split(/\s+[|–—·]\s+|\s+::\s+/)[0]?.trim();
  return first || null;
}

/**
 * Blocks of an HTML fragment (raw HTML inside Markdown): all of it is content, there is no page around it. `section`,
 * for a fragment between the document's sections (not in a list or a quote): the heading it sits under (null before
 * the first), which a collapsed section inside it nests below and resumes after.
 */
export function htmlFragmentBlocks(html: string, section?: Section | null): TextBlock[] {
  const writer = new BlockWriter(true, section !== undefined, section ?? null);
  writer.children(parseHtml(html), 0, 0);
  writer.flush();
  return writer.blocks;
}

/**
 * Reading text of an HTML page: its main content only (no navigation, site header and footer, sidebars, tables of
 * contents, pagers), with code, tables, definition lists and admonitions kept in the shapes `text-blocks` describes.
 */
export function htmlToText(html: string): HtmlText {
  const document = parseHtml(html);
  const { root, isMain } = mainContent(document);
  const writer = new BlockWriter(isMain, true);
  if (isTag(root)) writer.node(root, 0, 0);
  else writer.children(root, 0, 0);
  writer.flush();
  const titleElement = findFirst(document, (element) => element.name === 'title');
  const h1 = findFirst(root, (element) => element.name === 'h1');
  const title = pageTitle(titleElement ? collapseSpaces(textOf(titleElement)) : null) ?? (h1 ? collapseSpaces(textOf(h1)) : null);
  return { text: blocksToText(writer.blocks), title: title || null };
}
