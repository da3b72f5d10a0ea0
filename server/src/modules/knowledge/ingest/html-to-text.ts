import { Parser } from 'htmlparser2';

/** Elements whose content is never reading text: code, styling, navigation chrome, embedded objects. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav', 'select']);
// biome-ignore format: a tag list reads better packed
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'header', 'hr', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export interface HtmlText {
  /** Reading text; headings as `#` lines, list items as `- ` lines, table cells separated by ` | `. */
  text: string;
  /** The document's <title>, if any. */
  title: string | null;
}

/**
 * Reading text of an HTML page. htmlparser2 tokenises (it copes with unclosed tags and decodes entities); this keeps
 * what a reader would see and the structure the passage splitter needs.
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let skipDepth = 0;
  let hiddenDepth = 0;
  let inHead = false;
  let inTitle = false;
  let title = '';
  let preDepth = 0;
  let heading: { level: number; text: string } | null = null;
  let firstCellInRow = true;
  // One entry per open element (htmlparser2 closes every element it opens, void and implied ones included), so the
  // close of a `hidden` element ends exactly its hidden stretch.
  const hiddenStack: boolean[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const hidden = 'hidden' in attributes || attributes['aria-hidden'] === 'true';
        hiddenStack.push(hidden);
        if (hidden) hiddenDepth++;
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'head') inHead = true;
        if (name === 'title') inTitle = true;
        if (name === 'pre') preDepth++;
        const level = HEADINGS[name];
        if (level) heading = { level, text: '' };
        else if (BLOCKS.has(name)) out.push('\n\n');
        else if (name === 'li') out.push('\n- ');
        else if (name === 'br') out.push('\n');
        else if (name === 'tr') {
          out.push('\n');
          firstCellInRow = true;
        } else if (name === 'td' || name === 'th') {
          if (!firstCellInRow) out.push(' | ');
          firstCellInRow = false;
        }
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (skipDepth > 0 || hiddenDepth > 0 || inHead) return;
        const text = preDepth > 0 ? data : data.replace(/\s+/g, ' ');
        if (heading) heading.text += text;
        else out.push(text);
      },
      onclosetag(name) {
        if (hiddenStack.pop()) hiddenDepth--;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'head') inHead = false;
        if (name === 'title') inTitle = false;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (HEADINGS[name] && heading) {
          const text = heading.text.replace(/\s+/g, ' ').trim();
          if (text) out.push(`\n\n${'#'.repeat(heading.level)} ${text}\n\n`);
          heading = null;
        } else if (BLOCKS.has(name) || name === 'li') out.push('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const text = out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.trim() !== '-')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return { text, title: cleanTitle || null };
}
