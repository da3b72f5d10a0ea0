import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

const page = (body: string, title = 'Server options | Vite') =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('htmlToText', () => {
  it('keeps the main content only: navigation, site header and footer, sidebars, TOC, pager, edit link dropped', () => {
    const { text } = htmlToText(
      page(`<header class="VPNav"><a href="/">Vite</a> Guide Config Plugins</header>
        <div class="VPSidebar"><a>Getting started</a></div>
        <main><div class="vp-doc"><h1>Server options <a class="header-anchor" href="#server-options">#</a></h1>
          <p>The dev server listens on port 5173.</p>
          <div class="table-of-contents">On this page</div>
          <div class="edit-link"><a>Edit this page on GitHub</a></div>
          <div class="prev-next"><a>Previous page Shared options</a></div>
        </div></main>
        <footer>Released under the MIT License.</footer>`),
    );
    expect(text).toBe('# Server options\n\nThe dev server listens on port 5173.');
  });

  it('without <main>, drops <nav>, <header>, <footer>, <aside> and sidebar/breadcrumb classes around the body', () => {
    const { text } = htmlToText(
      page(`<header>Acme Docs</header><nav>Home › Guides</nav><div class="breadcrumbs">Docs / Billing</div>
        <div id="sidebar">Billing Refunds</div><h1>Refunds</h1><p>Refunds take 5 days.</p><aside>Related: invoices</aside>
        <footer>© Acme</footer>`),
    );
    expect(text).toBe('# Refunds\n\nRefunds take 5 days.');
  });

  it('keeps <pre> blocks as fenced code with their language, never as prose', () => {
    const { text } = htmlToText(
      page(`<main><p>Run:</p><div class="language-sh"><button class="copy"></button><span class="lang">sh</span>
        <pre><code>npm create vite@latest\nnpm run dev</code></pre></div><pre><code class="language-js">export default {}</code></pre></main>`),
    );
    expect(text).toBe('Run:\n\n```sh\nnpm create vite@latest\nnpm run dev\n```\n\n```js\nexport default {}\n```');
  });

  it('reads a table as one line per row with its column headers; without a header row, cells joined by "; "', () => {
    const { text } = htmlToText(
      page(`<main><table><thead><tr><th>Option</th><th>Default</th></tr></thead>
        <tbody><tr><td><code>server.port</code></td><td>5173</td></tr><tr><td>server.host</td><td>localhost</td></tr></tbody></table>
        <table><tr><td>a</td><td>b</td></tr></table></main>`),
    );
    expect(text.split('\n\n')).toEqual(['Option: server.port; Default: 5173', 'Option: server.host; Default: localhost', 'a; b']);
  });

  it('reads a definition list as "term: definition" units', () => {
    const { text } = htmlToText(
      page(
        '<main><dl><dt><code>--port &lt;port&gt;</code></dt><dd>Specify the port. Default: 5173.</dd><dt>--open</dt><dd><p>Open the browser.</p></dd></dl></main>',
      ),
    );
    expect(text.split('\n\n')).toEqual(['--port <port>: Specify the port. Default: 5173.', '--open: Open the browser.']);
  });

  it('reads a list item that opens with a name in code and its description as "name: description"', () => {
    const { text } = htmlToText(
      page(
        '<main><ul><li><code>max</code> The maximum size. It defaults to <code>Infinity</code>.</li><li><p><code>stale</code> Returns stale values.</p></li><li><code>npm install</code> Then run it.</li><li><code>length</code> is a function.</li></ul></main>',
      ),
    );
    expect(text.split('\n')).toEqual([
      '- max: The maximum size. It defaults to Infinity.',
      '- stale: Returns stale values.',
      '- npm install Then run it.',
      '- length is a function.',
    ]);
  });

  it('drops DocBook\'s pager tables (navheader, navfooter, summary="Navigation …")', () => {
    const { text } = htmlToText(
      page(
        `<div class="navheader"><table summary="Navigation header"><tr><th>20.4. Resource Consumption</th></tr>
          <tr><td><a href="prev.html">Prev</a></td><td><a href="up.html">Up</a></td></tr></table></div>
        <div class="sect1"><h2 class="title">20.4. Resource Consumption</h2><p>Memory settings.</p></div>
        <table summary="Navigation footer"><tr><td>20.3. Connections and Authentication</td><td>Home</td></tr></table>
        <div class="navfooter"><a href="next.html">Next</a> 20.5. Write Ahead Log</div>`,
        '20.4. Resource Consumption',
      ),
    );
    expect(text).toBe('## 20.4. Resource Consumption\n\nMemory settings.');
    const labelled = htmlToText(
      page(
        '<main><div aria-label="Main navigation">Home Docs</div><section aria-label="Navigation settings"><p>The sidebar can be pinned.</p></section></main>',
      ),
    );
    expect(labelled.text).toBe('The sidebar can be pinned.');
  });

  it("drops navigation told by its shape: a bar of links and separators, a list of links to the page's own parts", () => {
    const { text } = htmlToText(
      page(`<p class="apache">Apache HTTP Server Version 2.4</p>
        <div id="path"><a href="/">Apache</a> &gt; <a href="/httpd">HTTP Server</a> &gt; <a href="/docs">Documentation</a></div>
        <div class="nosearch"><div class="tagline">Small. Fast. Reliable.</div></div>
        <h1>Apache Module mod_expires</h1>
        <div class="toplang"><p><span>Available Languages: </span><a href="en">en</a> | <a href="fr">fr</a> | <a href="ja">ja</a></p></div>
        <h3>Topics</h3><ul id="topics"><li><img alt=""> <a href="#AltSyn">Alternate Interval Syntax</a></li></ul>
        <p>Configure it with <a href="#a">ExpiresActive</a>, <a href="#b">ExpiresByType</a> and <a href="#c">ExpiresDefault</a>.</p>
        <h3>See also</h3><ul><li><a href="mod_headers.html">mod_headers</a></li><li><a href="#AltSyn">Interval syntax</a> below</li></ul>`),
    );
    expect(text.split('\n\n')).toEqual([
      'Apache HTTP Server Version 2.4',
      '# Apache Module mod_expires',
      '### Topics',
      'Configure it with ExpiresActive, ExpiresByType and ExpiresDefault.',
      '### See also',
      '- mod_headers\n- Interval syntax below',
    ]);
  });

  it('reads a table cell that labels the next as "Label: value", not "Label:; value"', () => {
    const { text } = htmlToText(
      page('<table><tr><th>Syntax:</th><td>ExpiresActive On|Off</td></tr><tr><th>Default:</th><td>Off</td><td>since 2.2</td></tr></table>'),
    );
    expect(text.split('\n\n')).toEqual(['Syntax: ExpiresActive On|Off', 'Default: Off; since 2.2']);
  });

  it('gives each entry of a definition list with long definitions a section under the current one, then resumes it', () => {
    const { text } = htmlToText(
      page(`<main><h2>Memory</h2><p>These settings size memory.</p>
        <div class="variablelist"><dl class="variablelist">
          <dt><code>work_mem</code> (<code>integer</code>)</dt>
          <dd><p>Sets the base maximum amount of memory to be used by a query operation.</p><p>The default value is four megabytes (4MB).</p></dd>
          <dt><code>temp_buffers</code> (<code>integer</code>)</dt><dd><p>Sets the maximum number of temporary buffers.</p></dd>
        </dl></div>
        <p>Memory is also used by the operating system cache.</p></main>`),
    );
    expect(text.split('\n\n')).toEqual([
      '## Memory',
      'These settings size memory.',
      '### work_mem (integer)',
      'work_mem (integer): Sets the base maximum amount of memory to be used by a query operation.',
      'The default value is four megabytes (4MB).',
      '### temp_buffers (integer)',
      'temp_buffers (integer): Sets the maximum number of temporary buffers.',
      '## Memory',
      'Memory is also used by the operating system cache.',
    ]);
  });

  it('keeps the variants of one example printed in one <pre> (ES module and CommonJS) apart', () => {
    const { text } = htmlToText(
      page(`<main><p>Read a line:</p><pre><code class="language-js mjs">import { createInterface } from 'node:readline';
rl.close();
</code><code class="language-js cjs">const { createInterface } = require('node:readline');
rl.close();</code></pre></main>`),
    );
    expect(text).toBe(
      "Read a line:\n\n```js\nimport { createInterface } from 'node:readline';\nrl.close();\n\nconst { createInterface } = require('node:readline');\nrl.close();\n```",
    );
  });

  it('reads a collapsed section (<details> with a <summary>) as a section under the current one, then resumes it', () => {
    const { text } = htmlToText(
      page(`<main><h2>Headers</h2><p>Each header has options.</p>
        <details><summary><code>Strict-Transport-Security</code></summary><p>Tells browsers to prefer HTTPS.</p><p>maxAge defaults to 365 days.</p></details>
        <h3>dns.lookup()</h3><details class="changelog"><summary>History</summary><table><tr><th>Version</th><th>Changes</th></tr><tr><td>v18.0.0</td><td>Added.</td></tr></table></details>
        <p>Resolves a hostname.</p></main>`),
    );
    expect(text.split('\n\n')).toEqual([
      '## Headers',
      'Each header has options.',
      '### Strict-Transport-Security',
      'Tells browsers to prefer HTTPS.',
      'maxAge defaults to 365 days.',
      '## Headers',
      '### dns.lookup()',
      'History',
      'Version: v18.0.0; Changes: Added.',
      'Resolves a hostname.',
    ]);
  });

  it('reads admonitions as labelled paragraphs, never as headings (VitePress, Docusaurus, aside, .warning)', () => {
    const { text } = htmlToText(
      page(`<main><h2>Build</h2>
        <div class="tip custom-block"><p class="custom-block-title">TIP</p><p>Use <code>vite build</code>.</p><p>It bundles.</p></div>
        <div class="warning custom-block"><p class="custom-block-title">Breaking change</p><p>Node 18 is gone.</p></div>
        <div class="theme-admonition theme-admonition-note alert alert--secondary admonition_xJq3"><div class="admonitionHeading_Gvgb"><span><svg></svg></span>note</div><div class="admonitionContent_BuS1"><p>Docusaurus body.</p></div></div>
        <aside class="note"><p>An aside note.</p></aside>
        <div class="warning"><p>Careful.</p></div></main>`),
    );
    expect(text.split('\n\n')).toEqual([
      '## Build',
      'Tip: Use vite build. It bundles.',
      'Warning (Breaking change): Node 18 is gone.',
      'Note: Docusaurus body.',
      'Note: An aside note.',
      'Warning: Careful.',
    ]);
  });

  it('titles the page from <title> without the site suffix, else from its <h1>', () => {
    expect(htmlToText(page('<main><h2>1. Summary</h2><p>x</p></main>', 'Server options | Vite')).title).toBe('Server options');
    expect(htmlToText(page('<main><h2>1. Summary</h2></main>', 'Deploying — Acme Docs')).title).toBe('Deploying');
    expect(htmlToText('<body><h2>1. Summary</h2><h1>Static deploy</h1></body>').title).toBe('Static deploy');
  });

  it('reads list items as "- " lines, nested ones indented', () => {
    expect(htmlToText('<ul><li>One <b>bold</b><ul><li>Nested</li></ul></li><li>Two</li></ul>').text).toBe('- One bold\n  - Nested\n- Two');
  });

  it('reads an item whose first paragraph is a name alone as "name: definition" (Sphinx reference lists)', () => {
    const { text } = htmlToText(
      `<ul><li><p><code>CELERYD_PID_FILE</code></p><blockquote><div><p>Full path to the PID file. Default is /var/run/celery/%n.pid</p></div></blockquote></li>
        <li><p>Plain item</p><p>Second paragraph.</p></li></ul>`,
    );
    expect(text).toBe('- CELERYD_PID_FILE: Full path to the PID file. Default is /var/run/celery/%n.pid\n- Plain item Second paragraph.');
  });

  it('reads 100,000 nested <div>s, 50,000 unmatched end tags and 50,000 nested lists in linear time, keeping the text', () => {
    const deep = `${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`;
    expect(htmlToText(deep).text).toBe('deep text');
    const unmatched = `${'<div>'.repeat(50_000)}x${'</span>'.repeat(50_000)}`;
    expect(htmlToText(unmatched).text).toBe('x');
    // Each list asks whether it is a table of contents; the question reads a bounded part of what it holds.
    const lists = `${'<ul><li><a href="#top">Top</a>'.repeat(50_000)}${'</li></ul>'.repeat(50_000)}`;
    expect(htmlToText(lists).text).toMatch(/^- Top\n {2}- Top/);
  });
});
