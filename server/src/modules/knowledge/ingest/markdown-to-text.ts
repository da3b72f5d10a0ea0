import MarkdownIt from 'markdown-it';
import container from 'markdown-it-container';
import { htmlFragmentBlocks } from './html-to-text';
import {
  admonitionLabel,
  blocksToText,
  codeNamedItem,
  collapseSpaces,
  labelled,
  type Section,
  subsectionLevel,
  type TextBlock,
  tableRowText,
} from './text-blocks';

type Token = MarkdownIt.Token;

export interface MarkdownText {
  /** Reading text in the shape `blocksToText` documents. */
  text: string;
  /** The front matter's `title:`, if any. */
  title: string | null;
}

/**
 * markdown-it, not micromark: micromark resolves emphasis by scanning back over every earlier delimiter, so a line
 * of `a_ ` repeated takes minutes (15,000 repeats: 4.6 s, 30,000: 16 s); markdown-it's delimiter pairing is linear
 * (120,000 repeats of any such pattern: under a second). The CommonMark preset plus GFM tables and strikethrough,
 * raw HTML recognised (then read as text), nesting capped by the preset.
 */
const markdown = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
// VitePress `::: tip Title` and Docusaurus `:::note[Title]` containers (VitePress parses them with this plugin).
markdown.use(container, 'admonition', { validate: (params) => /^\s*[a-z]\w*/i.test(params) });

const FRONT_MATTER_FENCES = new Set(['---', '+++']);

/** The YAML/TOML block some generators put first, split off; its `title:` is the document's title. */
function splitFrontMatter(source: string): { body: string; title: string | null } {
  const firstLineEnd = source.indexOf('\n');
  if (firstLineEnd < 0 || !FRONT_MATTER_FENCES.has(source.slice(0, firstLineEnd).trim())) return { body: source, title: null };
  let start = firstLineEnd + 1;
  let title: string | null = null;
  while (start < source.length) {
    const end = source.indexOf('\n', start);
    const line = source.slice(start, end < 0 ? source.length : end);
    if (FRONT_MATTER_FENCES.has(line.trim()) || line.trim() === '...') return { body: end < 0 ? '' : source.slice(end + 1), title };
    const match = /^title\s*[:=]\s*(.+)$/i.exec(line.trim());
    if (match?.[1]) title = match[1].trim().replace(/^(['"])(.*)\1$/, '$2') || null;
    if (end < 0) break;
    start = end + 1;
  }
  return { body: source, title: null }; // never closed: not front matter
}

/** Inline tokens as the words a reader sees: link text without targets, code without ticks, no images or tags. */
function inlineText(token: Token | undefined): string {
  const parts: string[] = [];
  for (const child of token?.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
  }
  return collapseSpaces(parts.join(''));
}

/** Whether a list item's first paragraph (its inline token) opens with a name in code followed by text. */
function opensWithCode(token: Token | undefined): boolean {
  const [name, rest] = token?.children ?? [];
  return name?.type === 'code_inline' && rest?.type === 'text' && rest.content.trim() !== '';
}

/**
 * Whether the list opened at `open` is a list of options: two items or more, every one opening with a name in code
 * followed by its description ("- `prefix` an optional prefix for metric names. Default: no prefix.").
 */
function isOptionList(tokens: Token[], open: number): boolean {
  const level = tokens[open]?.level ?? 0;
  let items = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.level === level && token.type.endsWith('_list_close')) break;
    if (token.type !== 'list_item_open' || token.level !== level + 1) continue;
    items++;
    if (tokens[i + 1]?.type !== 'paragraph_open' || !opensWithCode(tokens[i + 2])) return false;
  }
  return items >= 2;
}

/**
 * A list item's first paragraph: "name: description" when it opens with a name in code (see codeNamedItem); in a
 * list of options, also when the description starts in lower case.
 */
function itemText(token: Token | undefined, inOptionList: boolean): string {
  const text = inlineText(token);
  const name = token?.children?.[0];
  if (!name || !opensWithCode(token) || !text.startsWith(name.content)) return text;
  return codeNamedItem(name.content, text.slice(name.content.length), { anyCase: inOptionList }) ?? text;
}

function admonitionFromInfo(info: string): string {
  const match = /^\s*([a-z]\w*)(?:\[([^\]]*)\])?\s*(.*)$/i.exec(info);
  return admonitionLabel(match?.[1] ?? null, match?.[2] || match?.[3] || null);
}

/**
 * One level of the block tree being read: a container (admonition) or a block quote collects its blocks until it
 * closes. A quote is a note when it opens with a title: `> ## Note`, `> **Warning**` stays a paragraph, GitHub's
 * `> [!TIP]`.
 */
interface Frame {
  label: string | null;
  blocks: TextBlock[];
  quote?: boolean;
}

/** GitHub's alert marker, the first words of a quote: `> [!NOTE]`. */
const GITHUB_ALERT = /^\[!(note|tip|important|warning|caution)\]\s*/i;

/** A quote nothing has been read into yet: its first heading or alert marker titles it. */
const untitledQuote = (frame: Frame) => frame.quote === true && frame.label === null && frame.blocks.length === 0;

/** A closed frame's blocks as its parent reads them: labelled when titled, a plain quote's as they are. */
const closed = (frame: Frame): TextBlock[] => (frame.quote && !frame.label ? frame.blocks : labelled(frame.label ?? 'Note', frame.blocks));

/**
 * Raw HTML that opens a collapsed section whose body is Markdown: `<details>` and its `<summary>`, and at most line
 * breaks after it (`<details><summary>Should I commit my \`.env\` file?</summary><br/>`, as READMEs space them).
 */
const DETAILS_OPENING = /^\s*<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>\s*(?:<br\s*\/?>\s*)*$/i;
/** Markdown code spans written inside HTML are left as they are by the parser: "`.env`" reads ".env" in a title. */
const withoutCodeTicks = (text: string) => text.replace(/`([^`]+)`/g, '$1');
const DETAILS_CLOSING = /^\s*<\/details>\s*/i;

function tokensToBlocks(tokens: Token[]): TextBlock[] {
  const frames: Frame[] = [{ label: null, blocks: [] }];
  const out = () => (frames.at(-1) as Frame).blocks;
  // Popped first: its blocks go to the frame it was read in.
  const closeFrame = () => {
    const frame = frames.pop() as Frame;
    out().push(...closed(frame));
  };
  let listDepth = -1;
  // The first paragraph of a list item is the item's `- ` line.
  let itemOpen = false;
  // For each open list, whether it lists options (see isOptionList).
  const optionLists: boolean[] = [];
  let table: { headers: string[]; row: string[]; inHead: boolean } | null = null;
  // The heading the text is under, and for each open collapsed section the one it was opened under (see `rawHtml`).
  let section: Section | null = null;
  const detailsParents: Array<Section | null> = [];

  /**
   * A README's collapsed entries (`<details><summary>Strict-Transport-Security</summary>`, Markdown, `</details>`) are
   * sections under the current heading, as in HTML; the section they were in resumes after them. Other raw HTML is
   * read as a fragment under the current heading.
   */
  const rawHtml = (content: string) => {
    const topLevel = frames.length === 1 && listDepth < 0;
    let html = content;
    const closing = DETAILS_CLOSING.exec(html);
    if (topLevel && closing && detailsParents.length > 0) {
      section = detailsParents.pop() ?? null;
      if (section) out().push({ kind: 'heading', ...section });
      html = html.slice(closing[0].length);
    }
    const opening = topLevel ? DETAILS_OPENING.exec(html) : null;
    const title = opening
      ? withoutCodeTicks(
          collapseSpaces(
            htmlFragmentBlocks(opening[1] ?? '')
              .map((block) => block.text)
              .join(' '),
          ),
        )
      : '';
    if (title) {
      detailsParents.push(section);
      section = { level: subsectionLevel(section), text: title };
      out().push({ kind: 'heading', ...section });
    } else if (html.trim()) {
      out().push(...htmlFragmentBlocks(html, topLevel ? section : undefined));
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'heading_open': {
        const text = inlineText(tokens[i + 1]);
        const frame = frames.at(-1) as Frame;
        // A heading inside a quote titles the quote (`> ## Note`), never a section of the document: the sections
        // after it would otherwise all sit under "Note".
        if (untitledQuote(frame)) frame.label = admonitionLabel(null, text);
        else if (frame.quote) out().push({ kind: 'paragraph', text });
        else {
          const heading = { level: Number(token.tag.slice(1)), text };
          if (frames.length === 1) section = heading;
          out().push({ kind: 'heading', ...heading });
        }
        i += 2;
        break;
      }
      case 'blockquote_open':
        frames.push({ label: null, blocks: [], quote: true });
        break;
      case 'blockquote_close':
      case 'container_admonition_close':
        if (frames.length > 1) closeFrame();
        break;
      case 'paragraph_open': {
        let text = inlineText(tokens[i + 1]);
        const frame = frames.at(-1) as Frame;
        const alert = untitledQuote(frame) ? GITHUB_ALERT.exec(text) : null;
        if (alert) {
          frame.label = admonitionLabel(alert[1] ?? null, null);
          text = text.slice(alert[0].length);
        }
        if (itemOpen) out().push({ kind: 'list-item', depth: listDepth, text: itemText(tokens[i + 1], optionLists.at(-1) === true) });
        else out().push({ kind: 'paragraph', text });
        itemOpen = false;
        i += 2;
        break;
      }
      case 'fence':
        out().push({ kind: 'code', language: token.info.trim().split(/\s+/)[0] ?? '', text: token.content });
        break;
      case 'code_block':
        out().push({ kind: 'code', language: '', text: token.content });
        break;
      case 'html_block':
        rawHtml(token.content);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        optionLists.push(isOptionList(tokens, i));
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        optionLists.pop();
        break;
      case 'list_item_open':
        itemOpen = true;
        break;
      case 'list_item_close':
        itemOpen = false;
        break;
      case 'table_open':
        table = { headers: [], row: [], inHead: false };
        break;
      case 'thead_open':
        if (table) table.inHead = true;
        break;
      case 'thead_close':
        if (table) table.inHead = false;
        break;
      case 'th_open':
      case 'td_open':
        table?.row.push(inlineText(tokens[i + 1]));
        break;
      case 'tr_close':
        if (table?.inHead) table.headers = table.row;
        else if (table) out().push({ kind: 'paragraph', text: tableRowText(table.headers, table.row) });
        if (table) table.row = [];
        break;
      case 'table_close':
        table = null;
        break;
      case 'container_admonition_open':
        frames.push({ label: admonitionFromInfo(token.info), blocks: [] });
        break;
    }
  }
  // Containers left open at the end of the file close there.
  while (frames.length > 1) closeFrame();
  return out();
}

/**
 * Markdown as reading text through a real parser: headings as `#` lines, code fenced with its language, links as
 * their text, images dropped, escapes and entities resolved, raw HTML read as text, GFM tables as
 * "Header: cell; …" rows, `:::` containers as labelled paragraphs, list items as `- ` lines.
 */
export function markdownToText(source: string): MarkdownText {
  const { body, title } = splitFrontMatter(source);
  return { text: blocksToText(tokensToBlocks(markdown.parse(body, {}))), title };
}
