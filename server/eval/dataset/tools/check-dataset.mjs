// Validates questions.json against the corpora:   node server/eval/dataset/tools/check-dataset.mjs
//
// - every corpus file exists and is at most 900 KB; a corpus has at most 20 files;
// - every gold evidence, normalised, occurs in the markup-stripped source Markdown of its gold page
//   (and, as a warning only, in the text a reader gets from the uploaded file itself);
// - every answer pattern compiles; every missing term occurs in no page of its corpus;
// - prints the counts per corpus, format, kind, wording and split.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format as formatText } from 'node:util';

const log = (...args) => process.stdout.write(`${formatText(...args)}\n`);

const here = path.dirname(fileURLToPath(import.meta.url));
const datasetDir = path.resolve(here, '..');
const require = createRequire(path.resolve(datasetDir, '..', '..', 'package.json'));
const MarkdownIt = require('markdown-it');

const MAX_BYTES = 900 * 1024;
const KINDS = ['default', 'number', 'procedure', 'definition', 'fact', 'unanswerable'];
const errors = [];
const warnings = [];

export function normalise(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function decode(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

const md = new MarkdownIt({ html: true });

/** The Markdown as a reader sees it: rendered, tags removed, block boundaries kept as spaces. */
export function markdownText(markdown) {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const html = md.render(body);
  return decode(html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' '));
}

function htmlText(html) {
  return decode(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** The PDF's text as pdf.js reads it (the library the server ingests PDFs with; pdf-parse is no longer installed). */
async function pdfText(file) {
  const { getDocument } = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const { items } = await (await pdf.getPage(n)).getTextContent();
      pages.push(items.map((item) => `${item.str}${item.hasEOL ? '\n' : ''}`).join(''));
    }
    return pages.join('\n');
  } finally {
    await pdf.destroy();
  }
}

async function fileText(file) {
  if (file.endsWith('.pdf')) return pdfText(file);
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.html')) return htmlText(raw);
  return markdownText(raw);
}

const sourceName = (file) => file.replace(/\.(html|md|pdf)$/, '.md');

async function main() {
  const data = JSON.parse(readFileSync(path.join(datasetDir, 'questions.json'), 'utf8'));
  const corpora = new Map();
  for (const corpus of data.corpora) {
    const dir = path.join(datasetDir, corpus.id);
    if (corpus.files.length > 20) errors.push(`${corpus.id}: ${corpus.files.length} files (max 20)`);
    const pages = new Map();
    for (const file of corpus.files) {
      const full = path.join(dir, file);
      if (!existsSync(full)) {
        errors.push(`${corpus.id}/${file}: missing`);
        continue;
      }
      const size = statSync(full).size;
      if (size > MAX_BYTES) errors.push(`${corpus.id}/${file}: ${size} bytes (max ${MAX_BYTES})`);
      const sourceFile = path.join(datasetDir, 'sources', corpus.id, sourceName(file));
      if (!existsSync(sourceFile)) {
        errors.push(`${corpus.id}/${file}: no source Markdown at sources/${corpus.id}/${sourceName(file)}`);
        continue;
      }
      const source = readFileSync(sourceFile, 'utf8');
      const rendered = await fileText(full);
      pages.set(file, { source, sourceText: markdownText(source), rendered });
    }
    corpora.set(corpus.id, { ...corpus, pages });
  }

  const ids = new Set();
  for (const q of data.questions) {
    const where = q.id;
    if (ids.has(q.id)) errors.push(`${where}: duplicate id`);
    ids.add(q.id);
    const corpus = corpora.get(q.corpus);
    if (!corpus) {
      errors.push(`${where}: unknown corpus ${q.corpus}`);
      continue;
    }
    if (!KINDS.includes(q.kind)) errors.push(`${where}: unknown kind ${q.kind}`);
    if (!['page', 'paraphrase'].includes(q.wording)) errors.push(`${where}: unknown wording ${q.wording}`);
    if (!['dev', 'holdout'].includes(q.split)) errors.push(`${where}: unknown split ${q.split}`);
    for (const pattern of q.answerPatterns) {
      try {
        new RegExp(pattern, 'i');
      } catch (error) {
        errors.push(`${where}: pattern ${JSON.stringify(pattern)} does not compile: ${error.message}`);
      }
    }
    if (q.kind === 'unanswerable') {
      if (q.gold !== null) errors.push(`${where}: unanswerable question with a gold page`);
      if (q.answerPatterns.length > 0) errors.push(`${where}: unanswerable question with answer patterns`);
      if (!q.missingTerms?.length) errors.push(`${where}: unanswerable question without missingTerms`);
      for (const term of q.missingTerms ?? []) {
        const needle = term.toLowerCase();
        for (const [file, page] of corpus.pages) {
          if (
            page.source.toLowerCase().includes(needle) ||
            page.sourceText.toLowerCase().includes(needle) ||
            page.rendered.toLowerCase().includes(needle)
          ) {
            errors.push(`${where}: missing term ${JSON.stringify(term)} occurs in ${q.corpus}/${file}`);
          }
        }
      }
      continue;
    }
    if (!q.gold) {
      errors.push(`${where}: answerable question without gold`);
      continue;
    }
    if (q.answerPatterns.length === 0) errors.push(`${where}: no answer patterns`);
    const page = corpus.pages.get(q.gold.file);
    if (!corpus.files.includes(q.gold.file) || !page) {
      errors.push(`${where}: gold file ${q.gold.file} is not in corpus ${q.corpus}`);
      continue;
    }
    if (q.gold.evidence.length > 200) errors.push(`${where}: evidence longer than 200 characters`);
    if (/`|\*\*|\]\(/.test(q.gold.evidence)) errors.push(`${where}: evidence contains Markdown markup`);
    const evidence = normalise(q.gold.evidence);
    if (!normalise(page.sourceText).includes(evidence)) {
      errors.push(`${where}: evidence not found in sources/${q.corpus}/${sourceName(q.gold.file)}: ${JSON.stringify(q.gold.evidence)}`);
    } else if (!normalise(page.rendered).includes(evidence)) {
      warnings.push(
        `${where}: evidence is not contiguous in the text of ${q.gold.file} (line wrapping or layout): ${JSON.stringify(q.gold.evidence)}`,
      );
    }
  }

  // Counts.
  const count = (list, key) => {
    const out = {};
    for (const item of list) out[key(item)] = (out[key(item)] ?? 0) + 1;
    return out;
  };
  const format = (file) => path.extname(file).slice(1);
  log('Corpora:');
  for (const corpus of corpora.values()) log(`  ${corpus.id}: ${corpus.files.length} files`, count(corpus.files, format));
  log('Questions:', data.questions.length);
  for (const corpus of corpora.values()) {
    const qs = data.questions.filter((q) => q.corpus === corpus.id);
    const answerable = qs.filter((q) => q.kind !== 'unanswerable');
    log(`  ${corpus.id}: ${qs.length} (${answerable.length} answerable, ${qs.length - answerable.length} unanswerable)`);
    log(
      '    kind   ',
      count(qs, (q) => q.kind),
    );
    log(
      '    wording',
      count(qs, (q) => q.wording),
    );
    log(
      '    split  ',
      count(qs, (q) => q.split),
    );
    log(
      '    gold format',
      count(answerable, (q) => format(q.gold.file)),
    );
  }
  const all = data.questions;
  log(
    '  all kinds  ',
    count(all, (q) => q.kind),
  );
  log(
    '  all wording',
    count(all, (q) => q.wording),
  );
  log(
    '  all split  ',
    count(all, (q) => q.split),
  );
  log(
    '  holdout by kind',
    count(
      all.filter((q) => q.split === 'holdout'),
      (q) => q.kind,
    ),
  );

  for (const w of warnings) log(`warning: ${w}`);
  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${e}`);
    console.error(`${errors.length} error(s)`);
    process.exit(1);
  }
  log(`OK (${warnings.length} warning(s))`);
}

await main();
