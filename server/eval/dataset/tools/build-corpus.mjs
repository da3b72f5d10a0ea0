// Builds the evaluation corpora (vite/, prettier/, fastify/) from the upstream documentation Markdown.
//
//   node server/eval/dataset/tools/build-corpus.mjs            # render from sources/ (fetching them first if absent)
//   node server/eval/dataset/tools/build-corpus.mjs --fetch    # re-copy sources/ from the local git mirrors first
//
// Every page is kept as its original Markdown under sources/<corpus>/ (the reference text the
// validator checks evidence against), and written to <corpus>/ as one of three formats, rotating
// through the page list: HTML (a documentation-site page), the original Markdown, or a PDF that
// looks like a browser's print of the page. The output is deterministic: fixed dates, no randomness.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format as formatText } from 'node:util';

const log = (...args) => process.stdout.write(`${formatText(...args)}\n`);

const here = path.dirname(fileURLToPath(import.meta.url));
const datasetDir = path.resolve(here, '..');
const serverDir = path.resolve(datasetDir, '..', '..');
const require = createRequire(path.join(serverDir, 'package.json'));
const MarkdownIt = require('markdown-it');
const markdownItContainer = require('markdown-it-container');
const PDFDocument = require('pdfkit');

export const SOURCES = {
  vite: {
    title: 'Vite documentation',
    mirror: '/work/.mirror/vitejs+vite/repo',
    repo: 'https://github.com/vitejs/vite',
    commit: 'a98c8d95d552c6fa98ab66fb810f5b39ad5abf49',
    site: 'Vite',
    theme: 'vitepress',
    pages: [
      'guide/index',
      'guide/features',
      'guide/env-and-mode',
      'guide/cli',
      'guide/build',
      'guide/assets',
      'guide/dep-pre-bundling',
      'guide/static-deploy',
      'guide/troubleshooting',
      'guide/using-plugins',
      'guide/performance',
      'guide/ssr',
      'guide/backend-integration',
      'config/index',
      'config/server-options',
      'config/build-options',
      'config/shared-options',
      'config/preview-options',
    ],
    fileName: (page) => page.replace('/', '-'),
    url: (page) => `https://vite.dev/${page.replace(/(^|\/)index$/, '$1')}${page.endsWith('index') ? '' : '.html'}`,
    editUrl: (page) => `https://github.com/vitejs/vite/edit/main/docs/${page}.md`,
  },
  prettier: {
    title: 'Prettier documentation',
    mirror: '/work/.mirror/prettier+prettier/repo',
    repo: 'https://github.com/prettier/prettier',
    commit: '4f84a934201322ca87750e2b9b25baf296da6560',
    site: 'Prettier',
    theme: 'docusaurus',
    chrome: {
      titleSeparator: '·',
      description: 'Opinionated Code Formatter',
      nav: [
        ['/playground', 'Playground'],
        ['/docs/', 'Docs', true],
        ['/blog', 'Blog'],
      ],
      navRight: [
        ['https://opencollective.com/prettier', 'Donate'],
        ['https://github.com/prettier/prettier', 'GitHub'],
      ],
      footer: 'Released under the MIT License. Copyright © James Long and contributors',
    },
    pages: [
      'index',
      'install',
      'options',
      'cli',
      'configuration',
      'api',
      'ignore',
      'rationale',
      'plugins',
      'precommit',
      'sharing-configurations',
      'integrating-with-linters',
      'option-philosophy',
      'why-prettier',
      'browser',
    ],
    fileName: (page) => page,
    url: (page) => `https://prettier.io/docs/${page === 'index' ? '' : page}`,
    editUrl: (page) => `https://github.com/prettier/prettier/edit/main/docs/${page}.md`,
  },
  fastify: {
    title: 'Fastify documentation',
    mirror: '/work/.mirror/fastify+fastify/repo',
    repo: 'https://github.com/fastify/fastify',
    commit: '83e69762aff047940b376fc2a266d143499ef727',
    site: 'Fastify',
    theme: 'docusaurus',
    chrome: {
      titleSeparator: '|',
      description: 'Fast and low overhead web framework, for Node.js',
      nav: [
        ['/docs/latest/', 'Docs', true],
        ['/ecosystem/', 'Ecosystem'],
        ['/benchmarks/', 'Benchmarks'],
        ['/adopters/', 'Adopters'],
        ['/contribute/', 'Contribute'],
        ['/resources/', 'Resources'],
      ],
      navRight: [['https://github.com/fastify/fastify', 'GitHub']],
      footer: 'Copyright © 2016-2026 The Fastify team. Released under the MIT License.',
    },
    pages: [
      'Reference/Server',
      'Reference/Routes',
      'Reference/Hooks',
      'Reference/Logging',
      'Reference/Validation-and-Serialization',
      'Reference/Errors',
      'Reference/Plugins',
      'Reference/Reply',
      'Reference/Request',
      'Reference/ContentTypeParser',
      'Reference/Decorators',
      'Reference/Encapsulation',
      'Reference/HTTP2',
      'Reference/LTS',
      'Reference/Middleware',
    ],
    fileName: (page) => page.replace('Reference/', '').toLowerCase(),
    // The pages have no title of their own (only a centred "Fastify" banner); the site titles them after the file.
    pageTitle: (page) => page.replace('Reference/', ''),
    url: (page) => `https://fastify.dev/docs/latest/${page}/`,
    editUrl: (page) => `https://github.com/fastify/fastify/edit/main/docs/${page}.md`,
  },
};

const FORMATS = ['html', 'md', 'pdf'];
/** The date a browser would print in the running header of every PDF page. */
const PRINT_STAMP = '12/1/26, 10:04 AM';
const PDF_DATE = new Date(Date.UTC(2026, 11, 1, 10, 4, 0));

export function formatFor(index) {
  return FORMATS[index % FORMATS.length];
}

export function corpusPlan(corpusId) {
  const source = SOURCES[corpusId];
  return source.pages.map((page, index) => {
    const base = source.fileName(page);
    const format = formatFor(index);
    return { page, base, format, file: `${base}.${format}`, source: `${base}.md` };
  });
}

function fetchSources(corpusId) {
  const source = SOURCES[corpusId];
  const dir = path.join(datasetDir, 'sources', corpusId);
  mkdirSync(dir, { recursive: true });
  for (const { page, source: name } of corpusPlan(corpusId)) {
    const text = execFileSync('git', ['-C', source.mirror, 'show', `${source.commit}:docs/${page}.md`]);
    writeFileSync(path.join(dir, name), text);
  }
  const license = execFileSync('git', ['-C', source.mirror, 'show', `${source.commit}:LICENSE`]);
  writeFileSync(path.join(datasetDir, `LICENSE-${corpusId}`), license);
}

// ---------------------------------------------------------------------------------------------
// Markdown pre-processing: what the documentation site does before rendering.

function splitFrontmatter(markdown) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!match) return { data: {}, body: markdown };
  const data = {};
  for (const line of match[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (kv) data[kv[1]] = kv[2].replace(/^['"]|['"]$/g, '');
  }
  return { data, body: markdown.slice(match[0].length) };
}

/** Applies a line transform to the lines outside fenced code blocks, and another to fences. */
function mapFences(body, outside, fence) {
  const lines = body.split('\n');
  const out = [];
  let open = null;
  let block = [];
  for (const line of lines) {
    const marker = /^(\s*)(`{3,}|~{3,})/.exec(line);
    if (open === null && marker) {
      open = marker[2];
      out.push(line);
      block = [];
    } else if (open && marker?.[2].startsWith(open[0]) && marker[2].length >= open.length && line.trim() === marker[2]) {
      out.push(...fence(block), line);
      open = null;
    } else if (open !== null) {
      block.push(line);
    } else {
      out.push(outside(line));
    }
  }
  if (open !== null) out.push(...block);
  return out.join('\n');
}

/** Twoslash markers hide setup lines on the real site (`---cut---` hides what comes before it). */
function twoslash(block) {
  let lines = block;
  const cut = lines.findIndex((l) => /^\s*\/\/ ---cut(-before)?---\s*$/.test(l));
  if (cut >= 0) lines = lines.slice(cut + 1);
  const after = lines.findIndex((l) => /^\s*\/\/ ---cut-after---\s*$/.test(l));
  if (after >= 0) lines = lines.slice(0, after);
  return lines.filter((l) => !/^\s*\/\/ @(noErrors|errors|filename|module|target|lib)\b/.test(l) && !/^\s*\/\/\s*\^[?|!]/.test(l));
}

function preprocess(corpusId, body) {
  // <script setup> blocks are Vue code run by VitePress, not page content.
  let text = body.replace(/^<script setup>\n[\s\S]*?\n<\/script>\n/gm, '');
  // Fastify: every page opens with the same centred "Fastify" banner, which the site does not show.
  if (corpusId === 'fastify') text = text.replace(/^<h1 align="center">Fastify<\/h1>\n/, '');
  return mapFences(
    text,
    (line) => {
      if (corpusId === 'prettier') {
        // MDX: component imports are not content; tabs become labelled blocks.
        if (/^import \w+ from "@theme\/\w+";?$/.test(line)) return '';
        const item = /^<TabItem\b[^>]*\bvalue="([^"]*)"[^>]*>$/.exec(line);
        if (item) {
          const label = /\blabel="([^"]*)"/.exec(line)?.[1] ?? item[1];
          return `<div class="tabs__item"><p class="tabs__label">${label}</p>\n`;
        }
        if (/^<\/TabItem>$/.test(line)) return '</div>';
        if (/^<Tabs\b[^>]*>$/.test(line)) return '<div class="tabs-container">';
        if (/^<\/Tabs>$/.test(line)) return '</div>';
      }
      // VitePress: Vue components that render no text are dropped; links keep their text.
      if (/^<svg-image\b.*\/>$/.test(line)) return '';
      return line
        .replace(/\s*<NonInheritBadge \/>/g, '')
        .replace(/<ScrimbaLink href="([^"]*)"[^>]*>(.*?)<\/ScrimbaLink>/g, '<a class="scrimba-link" href="$1">$2</a>');
    },
    twoslash,
  );
}

// ---------------------------------------------------------------------------------------------
// Markdown rendering (markdown-it), shared by the HTML and the PDF output.

const CONTAINERS = ['tip', 'info', 'warning', 'danger', 'caution', 'note', 'important', 'details', 'code-group'];

const isVitePress = (corpusId) => SOURCES[corpusId].theme === 'vitepress';

function parseContainer(info) {
  const match = /^(\w[\w-]*)(?:\[(.*)\]|\s+(.*))?$/.exec(info.trim());
  if (!match || !CONTAINERS.includes(match[1])) return null;
  return { type: match[1], title: (match[2] ?? match[3] ?? '').trim() };
}

function containerTitle(corpusId, { type, title }) {
  if (title) return title;
  if (type === 'details') return 'Details';
  return isVitePress(corpusId) ? type.toUpperCase() : type;
}

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function createMarkdown(corpusId) {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  const esc = md.utils.escapeHtml;
  for (const name of CONTAINERS) {
    md.use(markdownItContainer, name, {
      marker: ':',
      validate: (params) => parseContainer(params)?.type === name,
      render: (tokens, idx) => {
        const token = tokens[idx];
        if (token.nesting !== 1) {
          if (name === 'details') return '</details>\n';
          return isVitePress(corpusId) || name === 'code-group' ? '</div>\n' : '</div></div>\n';
        }
        const info = parseContainer(token.info);
        const title = md.renderInline(containerTitle(corpusId, info));
        if (name === 'code-group') return '<div class="vp-code-group">\n';
        if (name === 'details') return `<details class="details custom-block"><summary>${title}</summary>\n`;
        if (isVitePress(corpusId)) return `<div class="${name} custom-block"><p class="custom-block-title">${title}</p>\n`;
        const alert = { tip: 'success', info: 'info', warning: 'warning', danger: 'danger', caution: 'warning' }[name] ?? 'secondary';
        return `<div class="theme-admonition theme-admonition-${name} alert alert--${alert}"><div class="admonitionHeading">${title}</div><div class="admonitionContent">\n`;
      },
    });
  }
  md.renderer.rules.fence = (tokens, idx) => {
    const { lang, title } = fenceInfo(tokens[idx].info);
    const code = `<pre><code>${esc(tokens[idx].content)}</code></pre>`;
    if (isVitePress(corpusId)) {
      const label = title ? `<span class="code-title">${esc(title)}</span>` : '';
      return `<div class="language-${esc(lang || 'text')} vp-adaptive-theme">${label}<button title="Copy Code" class="copy"></button><span class="lang">${esc(lang)}</span>${code}</div>\n`;
    }
    const label = title ? `<div class="codeBlockTitle">${esc(title)}</div>` : '';
    return `<div class="language-${esc(lang || 'text')} codeBlockContainer theme-code-block">${label}<div class="codeBlockContent">${code}</div></div>\n`;
  };
  md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
    const inline = tokens[idx + 1];
    tokens[idx].attrSet('id', slugify(inline.content));
    return self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.table_open = () => '<div class="table-wrapper"><table>\n';
  md.renderer.rules.table_close = () => '</table></div>\n';
  return md;
}

/** `js twoslash [vite.config.js]` (VitePress) or `json title=".prettierrc"` (Docusaurus). */
function fenceInfo(info) {
  const lang = (/^([\w+-]+)/.exec(info.trim()) ?? [])[1] ?? '';
  const title = (/\[([^\]]+)\]/.exec(info) ?? /title="([^"]*)"/.exec(info) ?? [])[1] ?? '';
  return { lang, title };
}

function loadPage(corpusId, entry) {
  const raw = readFileSync(path.join(datasetDir, 'sources', corpusId, entry.source), 'utf8');
  const { data, body } = splitFrontmatter(raw);
  let text = preprocess(corpusId, body);
  let title = data.title ?? SOURCES[corpusId].pageTitle?.(entry.page);
  const h1 = /^# (.+)$/m.exec(text);
  if (h1) {
    title ??= h1[1];
    // The page renders its own <h1>; the site template adds one only when the Markdown has none.
    text = text.replace(/^# .+$/m, '');
  }
  title = title.replace(/`/g, '');
  return { title, text, data };
}

// ---------------------------------------------------------------------------------------------
// HTML: a documentation-site page around the rendered article.

function htmlPage(corpusId, entry, page, plan, titles) {
  const source = SOURCES[corpusId];
  const md = createMarkdown(corpusId);
  const esc = md.utils.escapeHtml;
  const tokens = md.parse(page.text, {});
  const article = md.renderer.render(tokens, md.options, {});
  const toc = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.type === 'heading_open' && (t.tag === 'h2' || t.tag === 'h3'))
    .map(({ t, i }) => {
      const text = tokens[i + 1].children
        .filter((c) => c.type === 'text' || c.type === 'code_inline')
        .map((c) => c.content)
        .join('');
      return `<li class="toc-${t.tag}"><a href="#${slugify(tokens[i + 1].content)}">${esc(text)}</a></li>`;
    })
    .join('\n');
  const index = plan.indexOf(entry);
  const link = (e) => `<a href="${source.url(e.page)}">${esc(titles.get(e.page))}</a>`;
  const sidebar = plan.map((e) => `<li${e === entry ? ' class="active"' : ''}>${link(e)}</li>`).join('\n');
  const prev =
    index > 0
      ? `<a class="pager-link prev" href="${source.url(plan[index - 1].page)}"><span class="desc">Previous page</span> <span class="title">${esc(titles.get(plan[index - 1].page))}</span></a>`
      : '';
  const next =
    index < plan.length - 1
      ? `<a class="pager-link next" href="${source.url(plan[index + 1].page)}"><span class="desc">Next page</span> <span class="title">${esc(titles.get(plan[index + 1].page))}</span></a>`
      : '';
  const title = esc(page.title);
  const edit = `<a class="edit-link" href="${source.editUrl(entry.page)}">Edit this page on GitHub</a>`;
  if (isVitePress(corpusId)) {
    return `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} | Vite</title>
<meta name="description" content="Next Generation Frontend Tooling">
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<div id="app" class="Layout">
<header class="VPNav">
<div class="VPNavBar">
<a class="VPNavBarTitle" href="/"><span class="title">Vite</span></a>
<nav class="VPNavBarMenu" aria-label="Main Navigation">
<a class="VPNavBarMenuLink" href="/guide/">Guide</a>
<a class="VPNavBarMenuLink" href="/config/">Config</a>
<a class="VPNavBarMenuLink" href="/plugins/">Plugins</a>
<a class="VPNavBarMenuLink" href="/resources/">Resources</a>
</nav>
</div>
</header>
<aside class="VPSidebar">
<nav class="nav" aria-label="Sidebar Navigation">
<ul>
${sidebar}
</ul>
</nav>
</aside>
<div class="VPContent has-sidebar">
<div class="VPDoc has-aside">
<div class="aside">
<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline">
<div class="outline-title" id="doc-outline-aria-label">On this page</div>
<ul class="outline-root">
${toc}
</ul>
</nav>
</div>
<main class="main">
<div class="vp-doc _${entry.page.replace(/\//g, '_')}">
<h1 id="${slugify(page.title)}">${title}</h1>
${article}</div>
</main>
<footer class="VPDocFooter">
<div class="edit-info">${edit}</div>
<nav class="prev-next" aria-labelledby="doc-footer-aria-label">
${prev}
${next}
</nav>
</footer>
</div>
</div>
<footer class="VPFooter">
<p class="message">Released under the MIT License. (${source.commit.slice(0, 7)})</p>
<p class="copyright">Copyright © 2019-present VoidZero Inc. &amp; Vite Contributors</p>
</footer>
</div>
</body>
</html>
`;
  }
  // Docusaurus: the site's name, navbar and footer come from the corpus's `chrome`.
  const chrome = source.chrome;
  const navLinks = (links) =>
    links
      .map(
        ([href, text, active]) =>
          `<a class="navbar__item navbar__link${active ? ' navbar__link--active' : ''}" href="${href}">${esc(text)}</a>`,
      )
      .join('\n');
  return `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper docs-doc-page">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} ${chrome.titleSeparator} ${source.site}</title>
<meta name="description" content="${chrome.description}">
<link rel="stylesheet" href="/assets/css/styles.css">
</head>
<body>
<div id="__docusaurus">
<header>
<nav aria-label="Main" class="navbar navbar--fixed-top">
<div class="navbar__inner">
<div class="navbar__items">
<a class="navbar__brand" href="/"><b class="navbar__title text--truncate">${source.site}</b></a>
${navLinks(chrome.nav)}
</div>
<div class="navbar__items navbar__items--right">
${navLinks(chrome.navRight)}
</div>
</div>
</nav>
</header>
<div class="main-wrapper">
<div class="docRoot">
<aside class="theme-doc-sidebar-container">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar">
<ul class="theme-doc-sidebar-menu menu__list">
${sidebar}
</ul>
</nav>
</aside>
<main class="docMainContainer">
<div class="container padding-top--md padding-bottom--lg">
<div class="row">
<div class="col docItemCol">
<article>
<div class="theme-doc-markdown markdown">
<header><h1>${title}</h1></header>
${article}</div>
</article>
<footer class="theme-doc-footer docusaurus-mt-lg">
<div class="col">${edit}</div>
</footer>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages">
${prev}
${next}
</nav>
</div>
<div class="col col--3">
<div class="tableOfContents thin-scrollbar theme-doc-toc-desktop">
<ul class="table-of-contents table-of-contents__left-border">
${toc}
</ul>
</div>
</div>
</div>
</div>
</main>
</div>
</div>
<footer class="footer footer--dark">
<div class="footer__copyright">${chrome.footer}</div>
</footer>
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// PDF: the rendered article as a browser prints it (running header and footer on every page).

const PDF_CHARS = new Map([
  ['─', '-'],
  ['├', '|'],
  ['└', '`'],
  ['│', '|'],
  ['→', '->'],
  ['ː', ':'],
  ['\u00a0', ' '],
]);

/** The standard PDF fonts cover WinAnsi only; box drawing becomes ASCII and emoji are dropped. */
function pdfText(text) {
  let out = '';
  for (const ch of text) {
    if (PDF_CHARS.has(ch)) out += PDF_CHARS.get(ch);
    else if (ch.codePointAt(0) < 0x100 || '’‘“”–—…•€™'.includes(ch)) out += ch;
  }
  return out;
}

function decodeEntities(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function pdfPage(corpusId, entry, page) {
  const source = SOURCES[corpusId];
  const md = createMarkdown(corpusId);
  const tokens = md.parse(page.text, {});
  const margin = { top: 54, bottom: 54, left: 56, right: 56 };
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    compress: true,
    info: {
      Title: `${page.title} | ${source.site}`,
      Creator: 'Askbase eval corpus (print of the rendered page)',
      Producer: 'PDFKit',
      CreationDate: PDF_DATE,
      ModDate: PDF_DATE,
    },
  });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const body = { font: 'Helvetica', size: 10.5 };
  const left = margin.left;
  const fullWidth = doc.page.width - margin.left - margin.right;
  let indent = 0;
  const lists = [];
  let pendingPrefix = null;

  const x = () => left + indent;
  const width = () => fullWidth - indent;
  const ensureSpace = (h) => {
    if (doc.y + h > doc.page.height - margin.bottom) doc.addPage();
  };

  /** Writes inline tokens as one wrapped paragraph, switching fonts per run. */
  function inline(children, base = body, options = {}) {
    const runs = [];
    const style = { bold: false, italic: false, link: false };
    for (const c of children) {
      if (c.type === 'strong_open') style.bold = true;
      else if (c.type === 'strong_close') style.bold = false;
      else if (c.type === 'em_open') style.italic = true;
      else if (c.type === 'em_close') style.italic = false;
      else if (c.type === 'link_open') style.link = true;
      else if (c.type === 'link_close') style.link = false;
      else if (c.type === 'text') runs.push({ text: c.content, ...style });
      else if (c.type === 'code_inline') runs.push({ text: c.content, ...style, code: true });
      else if (c.type === 'softbreak') runs.push({ text: ' ', ...style });
      else if (c.type === 'hardbreak') runs.push({ text: '\n', ...style });
      else if (c.type === 'html_inline') {
        if (/^<br\s*\/?>$/i.test(c.content)) runs.push({ text: '\n', ...style });
      } else if (c.type === 'image') runs.push({ text: c.content ? `[${c.content}]` : '', ...style });
    }
    if (pendingPrefix) runs.unshift({ text: pendingPrefix, bold: false, italic: false, link: false });
    pendingPrefix = null;
    const printable = runs.map((r) => ({ ...r, text: pdfText(decodeEntities(r.text)) })).filter((r) => r.text.length > 0);
    if (printable.length === 0) return;
    const baseBold = base.font.includes('Bold');
    ensureSpace(base.size * 1.4);
    printable.forEach((run, i) => {
      let font = base.font;
      if (run.code) font = 'Courier';
      else if (run.bold || baseBold) font = run.italic ? 'Helvetica-BoldOblique' : 'Helvetica-Bold';
      else if (run.italic) font = 'Helvetica-Oblique';
      doc.font(font).fontSize(run.code ? base.size - 0.5 : base.size);
      doc.fillColor(run.link ? '#1a5fb4' : (options.color ?? '#222222'));
      const last = i === printable.length - 1;
      if (i === 0) doc.text(run.text, x(), doc.y, { width: width(), continued: !last, lineGap: 1.5 });
      else doc.text(run.text, { continued: !last, lineGap: 1.5 });
    });
    doc.fillColor('#222222');
  }

  function heading(level, children) {
    const sizes = { 1: 22, 2: 16, 3: 13, 4: 11.5, 5: 11, 6: 10.5 };
    const size = sizes[level] ?? 11;
    doc.moveDown(level <= 2 ? 0.8 : 0.5);
    ensureSpace(size * 3);
    inline(children, { font: 'Helvetica-Bold', size });
    if (level === 2) {
      const y = doc.y + 2;
      doc
        .moveTo(left, y)
        .lineTo(left + fullWidth, y)
        .lineWidth(0.5)
        .strokeColor('#dddddd')
        .stroke();
      doc.y = y + 4;
    }
    doc.moveDown(0.3);
  }

  function codeBlock(content, title) {
    doc.moveDown(0.4);
    if (title) {
      doc.font('Helvetica-Bold').fontSize(8.5).fillColor('#555555').text(pdfText(title), x(), doc.y, { width: width() });
    }
    const text = pdfText(content.replace(/\n$/, ''));
    doc.font('Courier').fontSize(8.5).fillColor('#222222');
    const pad = 6;
    const height = doc.heightOfString(text, { width: width() - 2 * pad, lineGap: 1 });
    ensureSpace(Math.min(height, 120) + 2 * pad);
    const available = doc.page.height - margin.bottom - doc.y;
    if (height + 2 * pad <= available) {
      doc.rect(x(), doc.y, width(), height + 2 * pad).fill('#f6f6f7');
      doc.fillColor('#222222').font('Courier').fontSize(8.5);
    }
    doc.y += pad;
    doc.text(text, x() + pad, doc.y, { width: width() - 2 * pad, lineGap: 1 });
    doc.y += pad;
    doc.moveDown(0.4);
  }

  function table(rows) {
    doc.moveDown(0.4);
    const columns = Math.max(...rows.map((r) => r.cells.length));
    const colWidth = width() / columns;
    for (const row of rows) {
      const font = row.header ? 'Helvetica-Bold' : 'Helvetica';
      const cells = row.cells.map((c) => pdfText(decodeEntities(c)));
      doc.font(font).fontSize(9.5);
      const height = Math.max(...cells.map((c) => doc.heightOfString(c || ' ', { width: colWidth - 8 })));
      ensureSpace(height + 6);
      const top = doc.y;
      cells.forEach((cell, i) => {
        doc
          .font(font)
          .fontSize(9.5)
          .fillColor('#222222')
          .text(cell, x() + i * colWidth + 4, top + 3, { width: colWidth - 8 });
      });
      doc.y = top + height + 6;
      doc
        .moveTo(x(), doc.y)
        .lineTo(x() + width(), doc.y)
        .lineWidth(0.5)
        .strokeColor('#dddddd')
        .stroke();
    }
    doc.x = x();
    doc.moveDown(0.5);
  }

  const plainText = (children) =>
    children
      .map((c) => {
        if (c.type === 'text' || c.type === 'code_inline') return c.content;
        if (c.type === 'softbreak' || c.type === 'hardbreak') return ' ';
        if (c.type === 'html_inline' && /^<br\s*\/?>$/i.test(c.content)) return ' ';
        return '';
      })
      .join('');

  // Title block, as the page shows it.
  heading(1, [{ type: 'text', content: page.title }]);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open') {
      heading(Number(t.tag.slice(1)), tokens[i + 1].children);
      i += 2;
    } else if (t.type === 'paragraph_open') {
      inline(tokens[i + 1].children);
      i += 2;
      doc.moveDown(lists.length > 0 ? 0.25 : 0.6);
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      lists.push({ ordered: t.type === 'ordered_list_open', n: Number(t.attrGet('start') ?? 1) });
      if (lists.length === 1) doc.moveDown(0.1);
    } else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') {
      lists.pop();
      if (lists.length === 0) doc.moveDown(0.4);
    } else if (t.type === 'list_item_open') {
      const list = lists[lists.length - 1];
      indent += 14;
      pendingPrefix = list.ordered ? `${list.n++}. ` : '• ';
    } else if (t.type === 'list_item_close') {
      indent -= 14;
      pendingPrefix = null;
    } else if (t.type === 'blockquote_open') {
      indent += 12;
    } else if (t.type === 'blockquote_close') {
      indent -= 12;
    } else if (t.type.startsWith('container_') && t.type.endsWith('_open')) {
      const info = parseContainer(t.info);
      doc.moveDown(0.3);
      if (info.type !== 'code-group') {
        indent += 10;
        inline([{ type: 'text', content: containerTitle(corpusId, info) }], { font: 'Helvetica-Bold', size: 10 });
        doc.moveDown(0.2);
      }
    } else if (t.type.startsWith('container_') && t.type.endsWith('_close')) {
      if (!t.type.startsWith('container_code-group')) indent -= 10;
      doc.moveDown(0.4);
    } else if (t.type === 'fence' || t.type === 'code_block') {
      if (pendingPrefix) inline([]);
      codeBlock(t.content, fenceInfo(t.info ?? '').title);
    } else if (t.type === 'table_open') {
      const rows = [];
      let row = null;
      for (i++; tokens[i].type !== 'table_close'; i++) {
        const c = tokens[i];
        if (c.type === 'tr_open') row = { cells: [], header: false };
        else if (c.type === 'th_open') row.header = true;
        else if (c.type === 'inline') row.cells.push(plainText(c.children));
        else if (c.type === 'tr_close') rows.push(row);
      }
      table(rows);
    } else if (t.type === 'hr') {
      doc.moveDown(0.5);
      doc
        .moveTo(left, doc.y)
        .lineTo(left + fullWidth, doc.y)
        .lineWidth(0.5)
        .strokeColor('#cccccc')
        .stroke();
      doc.moveDown(0.5);
    } else if (t.type === 'html_block') {
      const label = /<p class="tabs__label">(.*?)<\/p>/.exec(t.content);
      const summary = /<a class="scrimba-link"[^>]*>(.*?)<\/a>/.exec(t.content);
      if (label) inline([{ type: 'text', content: label[1] }], { font: 'Helvetica-Bold', size: 9.5 });
      else if (summary) inline([{ type: 'text', content: summary[1] }], body, { color: '#1a5fb4' });
      else {
        const text = decodeEntities(
          t.content
            .replace(/<!--[\s\S]*?-->/g, '')
            .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
            .replace(/<[^>]+>/g, ''),
        ).trim();
        if (text) inline([{ type: 'text', content: text }]);
      }
    }
  }

  // Running header and footer, as the browser prints them.
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#000000');
    doc.text(PRINT_STAMP, 24, 18, { lineBreak: false });
    const head = pdfText(`${page.title} | ${source.site}`);
    doc.text(head, doc.page.width / 2 - doc.widthOfString(head) / 2, 18, { lineBreak: false });
    const foot = source.url(entry.page);
    doc.text(foot, 24, doc.page.height - 26, { lineBreak: false });
    const count = `${p + 1}/${range.count}`;
    doc.text(count, doc.page.width - 24 - doc.widthOfString(count), doc.page.height - 26, { lineBreak: false });
    doc.page.margins.bottom = savedBottom;
  }
  doc.end();
  return done;
}

// ---------------------------------------------------------------------------------------------

async function build(corpusId, refetch) {
  const plan = corpusPlan(corpusId);
  const sourcesDir = path.join(datasetDir, 'sources', corpusId);
  if (refetch || !existsSync(sourcesDir) || plan.some((e) => !existsSync(path.join(sourcesDir, e.source)))) {
    fetchSources(corpusId);
  }
  const outDir = path.join(datasetDir, corpusId);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const pages = new Map(plan.map((e) => [e.page, loadPage(corpusId, e)]));
  const titles = new Map([...pages].map(([k, v]) => [k, v.title]));
  for (const entry of plan) {
    const page = pages.get(entry.page);
    const target = path.join(outDir, entry.file);
    if (entry.format === 'md') writeFileSync(target, readFileSync(path.join(sourcesDir, entry.source)));
    else if (entry.format === 'html') writeFileSync(target, htmlPage(corpusId, entry, page, plan, titles));
    else writeFileSync(target, await pdfPage(corpusId, entry, page));
  }
  const files = readdirSync(outDir).sort();
  log(`${corpusId}: ${files.length} files -> ${path.relative(process.cwd(), outDir)}`);
  for (const entry of plan) log(`  ${entry.format.padEnd(4)} ${entry.file}  (${pages.get(entry.page).title})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const refetch = process.argv.includes('--fetch');
  for (const corpusId of Object.keys(SOURCES)) await build(corpusId, refetch);
}
