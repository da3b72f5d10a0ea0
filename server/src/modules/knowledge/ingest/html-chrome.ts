import { type AnyNode, type Element, isTag, isText, type Text } from 'domhandler';

/** Elements whose content is never reading text: scripts, styling, embedded objects, form controls. */
// biome-ignore format: a tag list reads better packed
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button', 'input',
  'textarea', 'head', 'title', 'nav', 'img', 'video', 'audio', 'form',
]);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);
/** "Main navigation", "Navigation header", "Breadcrumb navigation": a label saying the part is navigation. */
const NAVIGATION_LABEL = /(?:^|\s)navigation(?:\s+(?:header|footer|bar|menu|links))?$/i;

/** One word of a class or id ("VPDocFooter" → vp, doc, footer; "theme-edit-this-page" → theme, edit, this, page). */
function words(token: string): string[] {
  return token
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .map((word) => word.toLowerCase())
    .filter(Boolean);
}

// Words that, in a class or id, mark navigation chrome on documentation sites (Docusaurus, VitePress, MkDocs,
// Sphinx, Starlight, GitBook, DocBook's navheader/navfooter...): sidebars, tables of contents, breadcrumbs, pagers,
// "edit this page", anchors.
// biome-ignore format: a word list reads better packed
const CHROME_WORDS = new Set([
  'sidebar', 'sphinxsidebar', 'toc', 'toctree', 'breadcrumb', 'breadcrumbs', 'menu', 'navbar', 'nav', 'navigation',
  'navheader', 'navfooter',
  'footer', 'pager', 'pagination', 'prevnext', 'headerlink', 'linenos', 'aside', 'outline', 'skip', 'announcement',
  'banner', 'cookie', 'cookies', 'feedback', 'tagline',
  // What a site marks to leave out of its own search index (SQLite's pages wrap their menus and title block in it).
  'nosearch', 'noindex',
]);
const CHROME_PAIRS = [
  ['edit', 'link'],
  ['edit', 'page'],
  ['edit', 'this'],
  ['prev', 'next'],
  ['table', 'of'],
  ['on', 'this'],
  ['line', 'numbers'],
  ['line', 'number'],
  ['header', 'anchor'],
  ['anchor', 'link'],
  ['hash', 'link'],
  ['sr', 'only'],
  ['visually', 'hidden'],
  ['side', 'bar'],
  ['last', 'updated'],
];

function looksLikeChrome(token: string): boolean {
  const list = words(token);
  return list.some((word, i) => CHROME_WORDS.has(word) || CHROME_PAIRS.some(([a, b]) => word === a && list[i + 1] === b));
}

/**
 * Site chrome around the document: navigation, sidebars, tables of contents, footers, pagers, heading anchors. A
 * `<header>` is chrome outside the main content and kept inside it, where it usually holds the page's `<h1>`.
 */
export function isChrome(element: Element, keepHeader: boolean): boolean {
  const { name, attribs } = element;
  if (name === 'footer' || name === 'nav') return true;
  if (name === 'header' && !keepHeader) return true;
  if (attribs.role && CHROME_ROLES.has(attribs.role)) return true;
  // What a page says of its own parts: DocBook's pager tables are summary="Navigation header", sites label their
  // menus "Main navigation". Only a label that names navigation as what the part is: "Navigation settings" is content.
  if ([attribs.summary, attribs['aria-label']].some((label) => label && NAVIGATION_LABEL.test(label.trim()))) return true;
  if (name === 'aside' && !/\b(?:note|tip|info|warning|caution|danger|important|admonition|callout|aside--)/i.test(attribs.class ?? ''))
    return true;
  const tokens = `${attribs.class ?? ''} ${attribs.id ?? ''}`.split(/\s+/).filter(Boolean);
  if (tokens.some(looksLikeChrome)) return !isAdmonitionLike(tokens);
  if (isLinkBar(element)) return true;
  // Heading anchors ("#", "¶", "§") and their kin carry no words.
  return name === 'a' && /^\s*[#¶§🔗]\s*$/u.test(element.children.map((child) => ('data' in child ? child.data : '')).join(''));
}

/** What may stand between the links of a bar: "|", ">", "»", "/", "·", dashes, spaces. */
const LINK_SEPARATORS = /^[\s|>»›/·•–—-]*$/u;
/** The label a bar may open with: "Available Languages:", "See also:". */
const BAR_LABEL = /^\s*\p{L}[\p{L} ]{0,30}:/u;
const MIN_BAR_LINKS = 3;
/** A list bigger than this is read, not judged: the check stays linear however deep lists nest. */
const MAX_LINK_LIST_NODES = 2000;

const isBlank = (node: AnyNode) => !isText(node) || node.data.trim() === '';

/**
 * Navigation a page does not label as such, told by its shape: a paragraph of three or more links with nothing but
 * separators between them (a breadcrumb "Apache > HTTP Server > Documentation", a language switcher "Available
 * Languages: en | fr | ja", a menu "Modules | Directives | FAQ"), or a list whose every item is a link to a part of
 * the page itself (its table of contents). A sentence that links pages has words between the links, and a list of
 * links to other pages (a "Community plugins" list) is content: both stay.
 */
function isLinkBar(element: Element): boolean {
  if (element.name === 'ul' || element.name === 'ol') return isInPageLinkList(element);
  if (element.name !== 'p' && element.name !== 'div') return false;
  const between: string[] = [];
  let links = 0;
  for (const child of element.children) {
    if (isText(child)) between.push(child.data);
    else if (!isTag(child)) continue;
    else if (child.name === 'a') links += 1;
    // A label in a <span> of its own ("<span>Available Languages: </span>"); any other element is content.
    else if (child.name === 'span' && child.children.every(isText))
      between.push(child.children.map((text) => (text as Text).data).join(''));
    else return false;
  }
  return links >= MIN_BAR_LINKS && LINK_SEPARATORS.test(between.join('').replace(BAR_LABEL, ''));
}

/** A list whose every item is nothing but links to anchors of this page (`href="#…"`) and lists of such. */
function isInPageLinkList(list: Element): boolean {
  if (!list.children.some(isTag)) return false;
  const stack: Element[] = [list];
  let seen = 0;
  while (stack.length > 0) {
    const current = stack.pop() as Element;
    const isList = current.name === 'ul' || current.name === 'ol';
    for (const child of current.children) {
      if (++seen > MAX_LINK_LIST_NODES) return false;
      if (!isTag(child)) {
        if (!isBlank(child)) return false;
      } else if (isList ? child.name === 'li' : child.name === 'ul' || child.name === 'ol') stack.push(child);
      else if (isList || (child.name !== 'img' && !(child.name === 'a' && (child.attribs.href ?? '').startsWith('#')))) return false;
    }
  }
  return true;
}

function isAdmonitionLike(tokens: string[]): boolean {
  return tokens.some((token) => /admonition|custom-block|callout|markdown-alert|starlight-aside/i.test(token));
}

export function isHidden(element: Element): boolean {
  const { attribs } = element;
  return (
    'hidden' in attribs || attribs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')
  );
}
