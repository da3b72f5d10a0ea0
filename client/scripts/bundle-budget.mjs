#!/usr/bin/env node
// `npm run size -w client` (after `npm run build -w client`): the JavaScript a browser must fetch before a route can
// render, in gzip bytes, beside its goal (issue 13) and its budget. Exits 1 when a route is over its budget, so CI
// fails on a regression. The budget is the ceiling CI enforces today: the goal where it is met, else the figure
// reached so far plus a little room; lower it as the route gets lighter, until it is the goal.
// `--goals`: fail on the goals instead.
//
// "Initial JS for a route" = the entry chunk and its static imports (what index.html loads and modulepreloads), plus
// each lazy module the route renders with and that module's static imports. Read from Vite's build manifest
// (build.manifest in vite.config.ts); every chunk is counted once per route, gzipped on its own.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const clientDir = path.resolve(import.meta.dirname, '..');
const distDir = path.join(clientDir, 'dist');
const manifestPath = path.join(distDir, '.vite', 'manifest.json');
// Beside the manifest: kept for `npm run bench` to report, and not served (express.static ignores dot directories).
const reportPath = path.join(distDir, '.vite', 'bundle-budget.json');

// kB as Vite prints them (1000 bytes): the stricter reading of the budgets.
const KB = 1000;
const ENTRY = 'index.html';

/**
 * The routes measured. `lazy` lists, in the order they load, the modules the route renders with that are imported
 * with `import()` (AppRoutes' pages, layouts, and what those pages load lazily before their first paint).
 * A module that is not (or no longer) a chunk of its own is part of a chunk already counted and adds nothing.
 */
// What every signed-in route loads before its layout: Apollo Client (created by the gate) and the session check.
const SIGNED_IN = ['src/apollo/ApolloGate.tsx', 'src/apollo/createApolloClient.ts', 'src/features/auth/RequireAuth.tsx'];

const ROUTES = [
  { route: '/login', goalKb: 150, budgetKb: 150, lazy: ['src/pages/LogIn/LogInPage.tsx'] },
  {
    // A conversation with answers: the app frame and the chat page. Not counted, because neither is fetched before
    // the page has painted (its frame and skeleton): the Markdown renderer (useMarkdownAnswer, fetched from the
    // thread's first render on while its query runs; the answers wait behind the skeleton) and graphql-ws with the
    // subscription link (lazyLink, fetched with the first subscription, which starts from an effect).
    route: '/w/:slug/chat/:conversationId',
    goalKb: 220,
    budgetKb: 220,
    lazy: [...SIGNED_IN, 'src/pages/WorkspaceLayout/WorkspaceLayout.tsx', 'src/pages/Chat/ChatPage.tsx'],
  },
  // Measured for the record, no budget of their own.
  { route: '/signup', goalKb: null, budgetKb: null, lazy: ['src/pages/SignUp/SignUpPage.tsx'] },
  {
    route: '/w/:slug/documents',
    goalKb: null,
    budgetKb: null,
    lazy: [...SIGNED_IN, 'src/pages/WorkspaceLayout/WorkspaceLayout.tsx', 'src/pages/Documents/DocumentsPage.tsx'],
  },
];

function fail(message) {
  process.stderr.write(`bundle-budget: ${message}\n`);
  process.exit(1);
}

if (!existsSync(manifestPath)) fail(`${path.relative(process.cwd(), manifestPath)} is missing: run \`npm run build -w client\` first.`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
if (!manifest[ENTRY]) fail(`the manifest has no "${ENTRY}" entry.`);

const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(path.join(distDir, file))).length);
  return gzipCache.get(file);
}

/** The manifest key and every chunk it statically imports, transitively. */
function staticClosure(key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) fail(`the manifest has no chunk "${key}".`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, into);
  return into;
}

/** Every manifest key reachable from the entry through static and dynamic imports: what the app can load at all. */
function reachableFromEntry() {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) visit(next);
  };
  visit(ENTRY);
  return seen;
}

const reachable = reachableFromEntry();
const entryKeys = staticClosure(ENTRY);

const enforceGoals = process.argv.includes('--goals');

const results = ROUTES.map(({ route, goalKb, budgetKb: ceilingKb, lazy }) => {
  const budgetKb = enforceGoals ? goalKb : ceilingKb;
  const keys = new Set(entryKeys);
  const lazyChunks = [];
  for (const module of lazy) {
    // A renamed or deleted module must not silently shrink the figure.
    if (!existsSync(path.join(clientDir, module)))
      fail(`${route}: ${module} does not exist; update ROUTES in ${path.basename(import.meta.filename)}.`);
    if (!manifest[module]) continue;
    if (!reachable.has(module)) fail(`${route}: ${module} is a chunk the entry never loads.`);
    lazyChunks.push(module);
    staticClosure(module, keys);
  }
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const css = [...new Set([...keys].flatMap((key) => manifest[key].css ?? []))];
  const gzip = files.reduce((sum, file) => sum + gzipBytes(file), 0);
  const cssGzip = css.reduce((sum, file) => sum + gzipBytes(file), 0);
  return {
    route,
    jsGzipBytes: gzip,
    goalGzipBytes: goalKb === null ? null : goalKb * KB,
    meetsGoal: goalKb === null ? null : gzip <= goalKb * KB,
    budgetGzipBytes: budgetKb === null ? null : budgetKb * KB,
    withinBudget: budgetKb === null ? null : gzip <= budgetKb * KB,
    cssGzipBytes: cssGzip,
    lazyChunks,
    files: files.sort(),
  };
});

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const rows = [
  ['route', 'initial JS (gzip)', 'goal', 'vs goal', 'budget', '', 'CSS (gzip)', 'chunks'],
  ...results.map((r) => [
    r.route,
    kb(r.jsGzipBytes),
    r.goalGzipBytes === null ? '—' : kb(r.goalGzipBytes),
    r.goalGzipBytes === null ? '' : r.meetsGoal ? 'met' : `+${kb(r.jsGzipBytes - r.goalGzipBytes)}`,
    r.budgetGzipBytes === null ? '—' : kb(r.budgetGzipBytes),
    r.withinBudget === null ? '' : r.withinBudget ? 'ok' : 'OVER',
    kb(r.cssGzipBytes),
    String(r.files.length),
  ]),
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}\n`);

writeFileSync(reportPath, `${JSON.stringify({ measuredAt: new Date().toISOString(), unit: 'bytes, gzip', routes: results }, null, 2)}\n`);
process.stdout.write(`\nSaved ${path.relative(process.cwd(), reportPath)}\n`);

const over = results.filter((r) => r.withinBudget === false);
if (over.length > 0) {
  process.stderr.write(`\nOver budget: ${over.map((r) => `${r.route} by ${kb(r.jsGzipBytes - r.budgetGzipBytes)}`).join(', ')}\n`);
  process.exit(1);
}
