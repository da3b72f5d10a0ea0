import { type AnyNode, type Element, isTag } from 'domhandler';
import { admonitionLabel, collapseSpaces } from './text-blocks';

// Kinds of admonition the common documentation generators emit, as the word that names them in a class.
// biome-ignore format: a word list reads better packed
const KINDS = new Set([
  'note', 'tip', 'info', 'warning', 'caution', 'danger', 'important', 'hint', 'attention', 'error', 'success', 'example',
  'seealso', 'todo', 'bug', 'question', 'abstract', 'summary', 'quote', 'details', 'failure', 'experimental', 'deprecated',
]);
// Kinds that name an admonition even without a generator's marker class (`<div class="note">`).
const STANDALONE_KINDS = new Set(['note', 'tip', 'warning', 'caution', 'danger', 'important', 'hint', 'attention']);
// Generators' marker classes: VitePress `custom-block`, Docusaurus `theme-admonition`, MkDocs and Sphinx
// `admonition`, GitHub `markdown-alert`, Starlight `starlight-aside`, and the common `callout` / `alert`.
const MARKER = /^(?:custom-block|admonition|theme-admonition|markdown-alert|starlight-aside|callout|alert)$/i;
const TITLE_CLASS =
  /(?:^|[\s_-])(?:custom-block-title|admonition-?title|admonitionHeading\w*|markdown-alert-title|starlight-aside__title|callout-title|alert-title|title|heading)(?:$|[\s_-])/i;

export interface Admonition {
  /** "Note", "Warning", or "Warning (Breaking change)" when the author titled it. */
  label: string;
  /** The element that holds the title, left out of the body. */
  title: Element | null;
}

function kindOf(classes: string[]): string | null {
  for (const token of classes) {
    for (const word of token.toLowerCase().split(/[_-]+/)) if (KINDS.has(word)) return word;
  }
  return null;
}

/** The admonition's title element: a child (or grandchild) whose class says title/heading, or a `<summary>`. */
function titleElement(element: Element): Element | null {
  const candidates: Element[] = [];
  for (const child of element.children) {
    if (!isTag(child)) continue;
    candidates.push(child);
    for (const grandchild of child.children) if (isTag(grandchild)) candidates.push(grandchild);
  }
  return candidates.find((candidate) => candidate.name === 'summary' || TITLE_CLASS.test(candidate.attribs.class ?? '')) ?? null;
}

function plainText(node: AnyNode): string {
  // Titles are a few words deep at most: a bounded recursion is fine here.
  if ('data' in node && node.type === 'text') return node.data;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}

/**
 * Whether an element is a Note/Tip/Warning box, and its label. Such a box becomes one labelled paragraph ("Tip: …")
 * instead of a section: its title is not a heading of the page.
 */
export function admonitionOf(element: Element): Admonition | null {
  if (!['div', 'aside', 'section', 'blockquote', 'details'].includes(element.name)) return null;
  const classes = (element.attribs.class ?? '').split(/\s+/).filter(Boolean);
  if (classes.length === 0) return null;
  const marked = classes.some((token) => MARKER.test(token)) || element.name === 'aside';
  const kind = kindOf(classes);
  const standalone = classes.some((token) => STANDALONE_KINDS.has(token.toLowerCase()));
  if (!(marked && (kind || titleElement(element))) && !standalone) return null;
  const title = titleElement(element);
  return { label: admonitionLabel(kind, title ? collapseSpaces(plainText(title)) : null), title };
}
