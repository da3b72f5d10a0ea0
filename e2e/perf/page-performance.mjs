#!/usr/bin/env node
// `node e2e/perf/page-performance.mjs` (after `npm run build`): a Lighthouse-like performance score for the log-in and
// chat pages in Debian's Chromium, for issue 13 (goal ≥ 90). Lighthouse itself is not a dependency here (its Node 20
// releases are old); this takes the same metrics from the browser (First Contentful Paint, Largest Contentful Paint,
// Total Blocking Time from long tasks, Cumulative Layout Shift) on a cold cache under Lighthouse's throttling
// settings, and scores them with Lighthouse 12's curves and weights. Speed Index is not available from the browser:
// it is taken as the mean of FCP and LCP (it lies between them). A measurement, not a test: it asserts nothing.
//
// It starts the built server on a fresh embedded PostgreSQL, signs up, adds a document and asks a question (so the
// chat page shows a cited Markdown answer), then loads each page `RUNS` times and prints the medians.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const PORT = Number(process.env.PERF_PORT ?? 4300);
const origin = `http://localhost:${PORT}`;
const RUNS = Number(process.env.PERF_RUNS ?? 3);
// A returning visitor has made the cookie choice: the banner must not be what the page paints (read from the client's
// source, this script being plain JavaScript).
const COOKIE_POLICY_VERSION = /COOKIE_POLICY_VERSION = '([^']+)'/.exec(
  readFileSync(path.join(repoRoot, 'client/src/features/consent/consentPolicy.ts'), 'utf8'),
)?.[1];

// Lighthouse 12: metric curves (p10, median) and weights, per form factor; throttling as its presets.
const PROFILES = {
  mobile: {
    cpuSlowdown: 4,
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    viewport: { width: 412, height: 823 },
    curves: { fcp: [1800, 3000], si: [3387, 5800], lcp: [2500, 4000], tbt: [200, 600], cls: [0.1, 0.25] },
  },
  desktop: {
    cpuSlowdown: 1,
    network: { latency: 40, downloadThroughput: (10 * 1024 * 1024) / 8, uploadThroughput: (10 * 1024 * 1024) / 8 },
    viewport: { width: 1350, height: 940 },
    curves: { fcp: [934, 1600], si: [1311, 2300], lcp: [1200, 2400], tbt: [150, 350], cls: [0.1, 0.25] },
  },
};
const WEIGHTS = { fcp: 0.1, si: 0.1, lcp: 0.25, tbt: 0.3, cls: 0.25 };

/** Lighthouse's log-normal scoring: 0.9 at p10, 0.5 at the median. */
function logNormalScore([p10, median], value) {
  if (value <= 0) return 1;
  const standardized = (Math.log(value / median) * 0.9061938024368232) / -Math.log(p10 / median);
  return Math.min(1, Math.max(0, (1 - erf(standardized)) / 2));
}

function erf(x) {
  // Abramowitz and Stegun 7.1.26: within 1.5e-7, plenty for a score shown to the unit.
  const sign = Math.sign(x);
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return sign * y;
}

// Installed in the page before any of its scripts: collects what Lighthouse reads from the trace.
function observeMetrics() {
  const metrics = { fcp: 0, lcp: 0, lcpElement: '', cls: 0, shifts: [], longTasks: [] };
  const nodeLabel = (node) =>
    node instanceof Element
      ? `${node.tagName.toLowerCase()}.${[...node.classList].slice(0, 2).join('.')}${node.textContent ? ` "${node.textContent.slice(0, 30)}"` : ''}`
      : String(node?.nodeName);
  window.__pageMetrics = metrics;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') metrics.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      metrics.lcp = entry.startTime;
      metrics.lcpElement = nodeLabel(entry.element);
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      metrics.cls += entry.value;
      metrics.shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value.toFixed(3),
        sources: entry.sources.map((source) => nodeLabel(source.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) metrics.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function measure(browser, storageState, url, profileName, readySelector) {
  const profile = PROFILES[profileName];
  const context = await browser.newContext({ storageState, viewport: profile.viewport });
  const page = await context.newPage();
  await page.addInitScript(observeMetrics);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.locator(readySelector).filter({ visible: true }).first().waitFor({ timeout: 60_000 });
  // Quiet for a while after the page is ready, as Lighthouse waits for the network and the main thread to settle.
  await page.waitForTimeout(3_000);
  const raw = await page.evaluate(() => window.__pageMetrics);
  await context.close();
  // TBT: the part of each long task over 50 ms, after the first contentful paint (Lighthouse stops at TTI, which
  // this quiet window approximates).
  const tbt = raw.longTasks.filter((task) => task.start >= raw.fcp).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
  const values = { fcp: raw.fcp, lcp: Math.max(raw.lcp, raw.fcp), tbt, cls: raw.cls };
  values.si = (values.fcp + values.lcp) / 2;
  const score = Object.entries(WEIGHTS).reduce(
    (sum, [metric, weight]) => sum + weight * logNormalScore(profile.curves[metric], values[metric]),
    0,
  );
  if (process.env.PERF_DEBUG)
    process.stderr.write(`${url} ${profileName} ${JSON.stringify({ lcpElement: raw.lcpElement, shifts: raw.shifts })}\n`);
  return {
    ...values,
    score: Math.round(score * 100),
    longTasks: raw.longTasks.filter((task) => task.start >= raw.fcp).map((task) => Math.round(task.duration)),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function graphql(page, query, variables) {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function waitForReady() {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not become ready');
}

async function main() {
  const dataRoot = path.join(os.tmpdir(), `askbase-page-performance-${process.pid}`);
  mkdirSync(dataRoot, { recursive: true });
  chmodSync(dataRoot, 0o755);
  const env = { ...process.env, PORT: String(PORT), EMBEDDED_PG_DIR: path.join(dataRoot, 'postgres'), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const server = spawn(process.execPath, [path.join(repoRoot, 'server', 'dist', 'src', 'main.js')], { env, stdio: 'inherit' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await waitForReady();
    const setup = await browser.newContext();
    const page = await setup.newPage();
    await page.goto(`${origin}/login`);
    await page.evaluate(
      (version) =>
        localStorage.setItem('askbase.cookieConsent', JSON.stringify({ version, granted: [], decidedAt: new Date().toISOString() })),
      COOKIE_POLICY_VERSION,
    );
    await graphql(page, 'mutation($input: SignUpInput!) { signUp(input: $input) { id } }', {
      input: { email: `perf-${Date.now()}@example.com`, name: 'Perf Check', password: 'a long perf passphrase 42', rememberMe: true },
    });
    const { workspaces } = await graphql(page, '{ workspaces { id slug } }');
    const workspace = workspaces[0];
    const text = Array.from(
      { length: 40 },
      (_, i) => `Section ${i}: the refund policy allows returns within ${i + 14} days with a receipt.`,
    ).join('\n\n');
    await graphql(
      page,
      'mutation($workspaceId: ID!, $input: AddDocumentInput!) { addDocument(workspaceId: $workspaceId, input: $input) { id } }',
      {
        workspaceId: workspace.id,
        input: { title: 'Refund policy', text },
      },
    );
    let conversationId;
    for (const question of ['What is the refund policy?', 'How many days do I have to return an item?', 'Do I need a receipt?']) {
      const { askCopilot } = await graphql(page, 'mutation($input: AskInput!) { askCopilot(input: $input) { conversation { id } } }', {
        input: { workspaceId: workspace.id, question, conversationId },
      });
      conversationId = askCopilot.conversation.id;
    }
    await page.waitForTimeout(5_000); // the answers finish streaming
    // A returning visitor has used the app before, as anyone who signed in through it has: the app's own answers left
    // its signed-in hint (client/src/features/auth/signedInHint.ts), which lets the chat ask for its data before the
    // session check answers. The set-up above signed up with plain requests, which leave none.
    await page.goto(`${origin}/w/${workspace.slug}/chat/${conversationId}`);
    await page.locator('text=refund').first().waitFor();
    const storageState = await setup.storageState();
    await setup.close();

    // The cookie banner must not be what the page paints first: the choice is made, as for a returning visitor.
    const consent = storageState.origins
      .find((entry) => entry.origin === origin)
      ?.localStorage.find((item) => item.name === 'askbase.cookieConsent');
    if (!consent) throw new Error('no consent in the storage state');
    const pages = [
      { name: '/login', url: `${origin}/login`, state: { cookies: [], origins: storageState.origins }, ready: 'form[aria-label="Log in"]' },
      { name: '/w/:slug/chat/:id', url: `${origin}/w/${workspace.slug}/chat/${conversationId}`, state: storageState, ready: 'text=refund' },
    ];
    const rows = [];
    for (const profileName of Object.keys(PROFILES)) {
      for (const target of pages) {
        const runs = [];
        for (let run = 0; run < RUNS; run += 1) runs.push(await measure(browser, target.state, target.url, profileName, target.ready));
        const pick = (key) => median(runs.map((r) => r[key]));
        rows.push({
          page: target.name,
          profile: profileName,
          score: pick('score'),
          fcp: Math.round(pick('fcp')),
          lcp: Math.round(pick('lcp')),
          tbt: Math.round(pick('tbt')),
          cls: pick('cls').toFixed(3),
          scores: runs.map((r) => r.score).join(' '),
          longTasks: runs[runs.length - 1].longTasks.join(' '),
        });
      }
    }
    const columns = Object.keys(rows[0]);
    const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
    for (const line of [columns, ...rows.map((row) => columns.map((column) => String(row[column])))]) {
      process.stdout.write(`${line.map((cell, index) => cell.padEnd(widths[index])).join('  ')}\n`);
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
