import { describe, expect, it } from 'vitest';
import { PAGE_BREAK, removeRepeatedRuns } from './pdf-layout';
import { pdfPagesToText } from './pdf-structure';

const page = (n: number, body: string) =>
  `Vite guide — Server options\nhttps://vite.dev/config/server-options\n${body}\nPrinted 12/03/2024\n${n}/3`;

describe('pdfPagesToText', () => {
  it('removes running headers and footers that repeat on most pages (digits normalised) and page counters', () => {
    const text = pdfPagesToText([
      page(1, 'The dev server listens on port 5173 by default and binds to localhost.'),
      page(2, 'Set server.host to true to listen on all addresses, including LAN ones.'),
      page(3, 'Use server.strictPort to exit if the port is already in use instead.'),
    ]);
    expect(text).not.toMatch(/Vite guide|https:|Printed|\d\/3/);
    expect(text.split(`\n\n${PAGE_BREAK}\n\n`)).toEqual([
      'The dev server listens on port 5173 by default and binds to localhost.',
      'Set server.host to true to listen on all addresses, including LAN ones.',
      'Use server.strictPort to exit if the port is already in use instead.',
    ]);
  });

  it('joins words hyphenated across line ends', () => {
    expect(pdfPagesToText(['The configu-\nration file is read at start-\nup.'])).toBe('The configuration file is read at startup.');
  });

  it("keeps a hyphen at a line end that is the word's own: written so elsewhere in the document, or in an address", () => {
    const text = pdfPagesToText([
      'Use SetHandler server-status for the page.\nThen open http://your.server.name/server-\nstatus?auto, or the server-\nstatus',
      'page of the configu-\nration, read-\nonly.\nA read-only file.',
    ]);
    expect(text.split(/\n+/).filter((line) => !line.startsWith('\f'))).toEqual([
      'Use SetHandler server-status for the page. Then open http://your.server.name/server-status?auto, or the server-status',
      'page of the configuration, read-only. A read-only file.',
    ]);
  });

  it("joins an option's dashes at a line end to its name when the document writes the option whole", () => {
    const text = pdfPagesToText([
      '--format=<fmt>: Format of the archive.\nIf --\nformat is not given, use --\nadd-file or run git checkout --\nfile.c (see [--\nformat]).',
    ]);
    expect(text).toBe(
      '--format=<fmt>: Format of the archive. If --format is not given, use -- add-file or run git checkout -- file.c (see [--format]).',
    );
  });

  it('resolves the hyphens at line ends of a long text without a word of it scanned twice', () => {
    const letters = 'a'.repeat(200_000);
    expect(pdfPagesToText([`${letters}-\n${letters}.`]).length).toBe(400_001);
  });

  it('recovers numbered lines as # headings when every line is in one font', () => {
    const text = pdfPagesToText([
      '2 Server Options\nThe dev server can be configured in many ways for your local setup and needs.\n2.1 Port\nThe default port is 5173 unless it is already taken by another process.',
    ]);
    expect(text.split('\n\n')).toEqual([
      '# 2 Server Options',
      'The dev server can be configured in many ways for your local setup and needs.',
      '## 2.1 Port',
      'The default port is 5173 unless it is already taken by another process.',
    ]);
  });
});

describe('removeRepeatedRuns', () => {
  const run = (text: string, x: number, y: number) => ({ text, x, y });
  it('removes a run printed at the same place on most pages, even on a baseline shared with the text', () => {
    const pages = [
      [run('Skip to content', 30, 39), run('OS', 30, 60), run('The os module.', 30, 80)],
      [run('Skip to content', 30, 39), run('Returns:', 30, 39.4), run('an array of CPUs.', 80, 39.4), run('end', 30, 700)],
      [run('Skip to content', 30, 39), run('os.setPriority()', 30, 39), run('Sets the priority.', 30, 60)],
    ];
    expect(removeRepeatedRuns(pages).map((runs) => runs.map((r) => r.text))).toEqual([
      ['OS', 'The os module.'],
      ['Returns:', 'an array of CPUs.', 'end'],
      ['os.setPriority()', 'Sets the priority.'],
    ]);
  });

  it("removes a web page's skip link wherever it was printed, however few pages have it", () => {
    const pages = [
      [run('Trace events', 30, 60), run('The module.', 30, 80)],
      [run('The tracing system uses the same time source as the one used by', 30, 500), run('Skip to content', 30, 500)],
      [run('Tracing object', 30, 60)],
      [run('end', 30, 700)],
    ];
    expect(removeRepeatedRuns(pages).map((runs) => runs.map((r) => r.text))).toEqual([
      ['Trace events', 'The module.'],
      ['The tracing system uses the same time source as the one used by'],
      ['Tracing object'],
      ['end'],
    ]);
  });

  it('keeps what repeats on fewer than most pages, or away from the top and bottom lines', () => {
    const body = (y: number) => [
      run('a', 30, 10),
      run('b', 30, 20),
      run('c', 30, 30),
      run('Note', 30, y),
      run('x', 30, 90),
      run('y', 30, 95),
      run('z', 30, 99),
    ];
    const pages = [body(50), body(50), body(50)];
    expect(removeRepeatedRuns(pages)[0]?.map((r) => r.text)).toContain('Note');
    const twice = [
      [run('Draft', 30, 5), run('text', 30, 20)],
      [run('Draft', 30, 5), run('more', 30, 20)],
      [run('other', 30, 20)],
      [run('last', 30, 20)],
    ];
    expect(removeRepeatedRuns(twice).map((runs) => runs.map((r) => r.text))).toEqual([
      ['Draft', 'text'],
      ['Draft', 'more'],
      ['other'],
      ['last'],
    ]);
  });
});
