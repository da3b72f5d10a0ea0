import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text';

describe('markdownToText', () => {
  it('resolves backslash escapes and entities, and keeps links as their text, never [text](url)', () => {
    const { text } = markdownToText(
      'Use \\*.ts files, see [the guide](https://vite.dev/guide) or <https://x.dev> &amp; [ref][1].\n\n[1]: https://r.dev',
    );
    expect(text).toBe('Use *.ts files, see the guide or https://x.dev & ref.');
  });

  it('drops images, keeps inline code as its text and headings as # lines', () => {
    const { text } = markdownToText('# Title with `snake_case`\n\n![diagram](https://x/img.png) Run `npm run dev` **now**.\n\nSetext\n---');
    expect(text).toBe('# Title with snake_case\n\nRun npm run dev now.\n\n## Setext');
  });

  it('removes front matter and takes its title', () => {
    const result = markdownToText('---\ntitle: "Server options"\noutline: deep\n---\n\nText.');
    expect(result).toEqual({ text: 'Text.', title: 'Server options' });
  });

  it('keeps code blocks fenced with their language, even with # lines in them', () => {
    const { text } = markdownToText('```ts\n# not a heading\nconst a = 1\n```\n\n    indented code');
    expect(text).toBe('```ts\n# not a heading\nconst a = 1\n```\n\n```\nindented code\n```');
  });

  it('reads GFM tables as "Header: cell; …" rows and list items as "- " lines', () => {
    const { text } = markdownToText('| Option | Default |\n|---|---|\n| `port` | 5173 |\n| host | \\| pipe |\n\n- a\n- b\n  1. c');
    expect(text).toBe('Option: port; Default: 5173\n\nOption: host; Default: | pipe\n\n- a\n- b\n  - c');
  });

  it('reads a list item that opens with a name in code and its description as "name: description"', () => {
    const { text } = markdownToText(
      [
        '* `max` The maximum size of the cache. It defaults to `Infinity`.',
        '* `signal` - An AbortSignal.',
        '* `npm install` to get it, `set(key, value)` alone, or `some code` Then text.',
      ].join('\n'),
    );
    expect(text).toBe(
      '- max: The maximum size of the cache. It defaults to Infinity.\n- signal - An AbortSignal.\n- npm install to get it, set(key, value) alone, or some code Then text.',
    );
  });

  it('reads a list of options whose descriptions start in lower case as "name: description", and no other list', () => {
    const options = markdownToText(
      [
        '- `prefix` an optional prefix for metric names. Default: no prefix.',
        '- `eventLoopMonitoringPrecision` with sampling rate in milliseconds. Default: 10.',
      ].join('\n'),
    );
    expect(options.text).toBe(
      '- prefix: an optional prefix for metric names. Default: no prefix.\n- eventLoopMonitoringPrecision: with sampling rate in milliseconds. Default: 10.',
    );
    // One item of the list opens with prose: a list of steps that mentions code, not a list of options.
    const steps = markdownToText('- `length` is a function of the item\n- then call `get()`');
    expect(steps.text).toBe('- length is a function of the item\n- then call get()');
  });

  it('reads VitePress and Docusaurus containers as labelled paragraphs', () => {
    const { text } = markdownToText(
      '## Build\n\n::: tip\nUse `vite build`.\n\nIt bundles.\n:::\n\n::: warning Breaking change\nNode 18 is gone.\n:::\n\n:::note[Heads up]\nBody.\n:::\n\n:::danger\nStop.\n:::',
    );
    expect(text.split('\n\n')).toEqual([
      '## Build',
      'Tip: Use vite build. It bundles.',
      'Warning (Breaking change): Node 18 is gone.',
      'Note (Heads up): Body.',
      'Danger: Stop.',
    ]);
  });

  it('reads a quote titled by a heading or a GitHub alert as a labelled paragraph, not as a section', () => {
    const { text } = markdownToText(
      '## Errors\n\n> ## Note\n> This section describes the default configuration.\n\n> [!WARNING]\n> Never log secrets.\n\n> A plain quote.\n\n### logger.trace()\n\nWrite a trace log.',
    );
    expect(text.split('\n\n')).toEqual([
      '## Errors',
      'Note: This section describes the default configuration.',
      'Warning: Never log secrets.',
      'A plain quote.',
      '### logger.trace()',
      'Write a trace log.',
    ]);
  });

  it("reads a README's collapsed entries (<details><summary> around Markdown) as sections under the current heading", () => {
    const source = [
      '## HTTP header reference',
      '',
      '<details id="hsts">',
      '<summary><code>Strict-Transport-Security</code></summary>',
      '',
      '`maxAge` is the number of seconds browsers should remember to prefer HTTPS. It defaults to 365 days.',
      '',
      '</details>',
      '<details>',
      '<summary>X-Frame-Options</summary>',
      '',
      'It defaults to `SAMEORIGIN`.',
      '',
      '</details>',
      '',
      'Each header can be turned off.',
      '',
      '- <details><summary>Inside a list</summary>kept as text</details>',
    ].join('\n');
    expect(markdownToText(source).text.split('\n\n')).toEqual([
      '## HTTP header reference',
      '### Strict-Transport-Security',
      'maxAge is the number of seconds browsers should remember to prefer HTTPS. It defaults to 365 days.',
      '## HTTP header reference',
      '### X-Frame-Options',
      'It defaults to SAMEORIGIN.',
      '## HTTP header reference',
      'Each header can be turned off.',
      // In a list it is no section: the list item's text, as raw HTML always was.
      'Inside a list',
      'kept as text',
    ]);
  });

  it("reads a FAQ's questions spaced with a line break after the summary (<summary>…</summary><br/>) as its sections", () => {
    const source = [
      '## FAQ',
      '',
      '<details><summary>Should I commit my `.env` file?</summary><br/>',
      '',
      'No.',
      '',
      '</details>',
      '<details><summary>What about variable expansion?</summary><br>',
      '',
      'Use dotenvx.',
      '',
      '</details>',
    ].join('\n');
    expect(markdownToText(source).text.split('\n\n')).toEqual([
      '## FAQ',
      '### Should I commit my .env file?',
      'No.',
      '## FAQ',
      '### What about variable expansion?',
      'Use dotenvx.',
      '## FAQ',
    ]);
  });

  it('reduces raw HTML to its text', () => {
    expect(markdownToText('<div class="x"><p>Inside <b>html</b></p></div>\n\nText with <kbd>Ctrl</kbd> key.').text).toBe(
      'Inside html\n\nText with Ctrl key.',
    );
  });

  it('parses emphasis attacks in linear time: one 240 KB line of "**a " or "a_ " repeated', () => {
    // Under the old regexes (and micromark) these took seconds to minutes; markdown-it takes well under a second.
    for (const unit of ['**a ', 'a_ ', '**a_ ', '[a']) {
      const { text } = markdownToText(unit.repeat(60_000));
      expect(text.length).toBeGreaterThan(60_000);
    }
  });
});
