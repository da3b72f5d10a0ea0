import { describe, expect, it } from 'vitest';
import type { PdfLine } from './pdf-lines';
import { pdfLinesToText } from './pdf-structure';

/** Lines as a page lays them out: each call moves down by `step` line heights of its size (1.3 within a paragraph). */
function page(specs: Array<Partial<PdfLine> & { text: string; step?: number }>): PdfLine[] {
  let y = 60;
  return specs.map(({ step = 1.3, ...spec }) => {
    const size = spec.size ?? 10.5;
    y += step * size;
    const x = spec.x ?? 56;
    return { x, y, size, bold: false, monospace: false, charWidth: size * 0.6, cells: [{ x, text: spec.text }], ...spec };
  });
}

describe('pdfLinesToText', () => {
  it('takes a monospace line larger than the body for a heading that names code, not for code', () => {
    const text = pdfLinesToText([
      page([
        { text: 'API', size: 22, bold: true },
        { text: 'Run Prettier from your own code.', step: 2 },
        { text: 'prettier.format(source, options)', size: 15.5, monospace: true, step: 2.5 },
        { text: 'Formats text with the given options.', step: 2 },
        { text: 'await prettier.format("a", { parser: "babel" });', size: 8.5, monospace: true, x: 62, step: 2.5 },
      ]),
    ]);
    expect(text).toBe(
      '# API\n\nRun Prettier from your own code.\n\n## prettier.format(source, options)\n\nFormats text with the given options.\n\n' +
        '```\nawait prettier.format("a", { parser: "babel" });\n```',
    );
  });

  it("drops a code block's copy button printed beside it, but keeps the word elsewhere", () => {
    const text = pdfLinesToText([
      page([
        { text: 'Decoding', size: 22, bold: true },
        { text: 'The decoder keeps the bytes of a character that is not complete yet.', step: 2 },
        { text: 'const decoder = new StringDecoder("utf8");', size: 7.5, monospace: true, x: 62, step: 2.5 },
        { text: 'decoder.write(cent);', size: 7.5, monospace: true, x: 62 },
        { text: 'COPY', size: 7.5, bold: true, x: 517 },
        { text: 'When a Buffer instance is written, an internal buffer is used.', step: 2 },
        { text: 'Copy', bold: true, step: 2 },
        { text: 'Copies the bytes of one buffer into another.', step: 1.6 },
      ]),
    ]);
    expect(text).toBe(
      '# Decoding\n\nThe decoder keeps the bytes of a character that is not complete yet.\n\n```\nconst decoder = new StringDecoder("utf8");\ndecoder.write(cent);\n```\n\n' +
        'When a Buffer instance is written, an internal buffer is used.\n\n## Copy\n\nCopies the bytes of one buffer into another.',
    );
  });

  it('keeps a wrapped table cell in its column', () => {
    const row = (cells: string[], bold: boolean, step: number): Partial<PdfLine> & { text: string; step: number } => ({
      text: cells.join(' '),
      size: 9.5,
      bold,
      step,
      x: 60,
      cells: cells.map((cell, i) => ({ x: 60 + i * 160, text: cell })),
    });
    const text = pdfLinesToText([
      page([
        { text: 'Options of the operator position:' },
        row(['Default', 'CLI Override', 'API Override'], true, 2),
        row(['"end"', '--experimental-operator-position', 'experimentalOperatorPosition:'], false, 1.8),
        {
          text: '<start|end> "<start|end>"',
          size: 9.5,
          x: 221,
          step: 1.2,
          cells: [
            { x: 221, text: '<start|end>' },
            { x: 381, text: '"<start|end>"' },
          ],
        },
      ]),
    ]);
    expect(text.split('\n\n')[1]).toBe(
      'Default: "end"; CLI Override: --experimental-operator-position <start|end>; API Override: experimentalOperatorPosition: "<start|end>"',
    );
  });

  it('reads the close-set lines of a printed summary table as rows of their own, a wrapped value kept in its row', () => {
    const line = (cells: string[], step: number, x = 33): Partial<PdfLine> & { text: string; step: number } => ({
      text: cells.join(' '),
      size: 11,
      step,
      x,
      cells: cells.map((cell, i) => ({ x: x + i * 91, text: cell })),
    });
    const text = pdfLinesToText([
      page([
        { text: 'Apache Module mod_status', size: 17, bold: true },
        line(['Description:', 'Provides information on server activity'], 2.5),
        { text: 'and performance', size: 11, step: 1.3, x: 124, cells: [{ x: 124, text: 'and performance' }] },
        line(['Status:', 'Base'], 1.3),
        line(['%{VARNAME}C The contents of cookie VARNAME.'], 1.3),
        line(['Source File:', 'mod_status.c'], 1.3),
      ]),
    ]);
    expect(text.split('\n\n').slice(1)).toEqual([
      'Description: Provides information on server activity and performance',
      'Status: Base',
      '%{VARNAME}C The contents of cookie VARNAME.',
      'Source File: mod_status.c',
    ]);
  });

  it("drops a printed web page's pager rows (Prev | Up | Next over the neighbours' titles) but keeps a table with such a word", () => {
    const row = (cells: string[], step: number): Partial<PdfLine> & { text: string; step: number } => ({
      text: cells.join(' '),
      size: 9.5,
      step,
      x: 60,
      cells: cells.map((cell, i) => ({ x: 60 + i * 120, text: cell })),
    });
    const text = pdfLinesToText([
      page([
        row(['Prev', 'Up', 'SQL Commands', 'Home', 'Next'], 1),
        { text: 'VACUUM', size: 16, bold: true, step: 3 },
        { text: 'VACUUM reclaims storage occupied by dead tuples. Tuples that are', step: 2 },
        { text: 'deleted or obsoleted by an update are not physically removed.' },
        row(['Key', 'Action'], 2),
        row(['Home', 'Goes to the first page'], 1.8),
        { text: 'Run it routinely on busy tables.', step: 2 },
        row(['Prev', 'Up', 'Next'], 4),
        row(['UPDATE', 'Home', 'VALUES'], 1.3),
      ]),
    ]);
    expect(text).toBe(
      '# VACUUM\n\nVACUUM reclaims storage occupied by dead tuples. Tuples that are deleted or obsoleted by an update are not physically removed.\n\n' +
        'Key; Action\n\nHome; Goes to the first page\n\nRun it routinely on busy tables.',
    );
  });

  it('in a one-font PDF, takes numbered lines for headings and an admonition word for a label', () => {
    const text = pdfLinesToText([
      page([
        { text: '1 Limits' },
        { text: 'The server watches every file of the project and reloads', step: 2 },
        { text: 'the page when one changes.' },
        { text: 'NOTE' },
        { text: 'Large projects may need a higher inotify limit.' },
      ]),
    ]);
    expect(text).toBe(
      '# 1 Limits\n\nThe server watches every file of the project and reloads the page when one changes.\n\n' +
        'Note: Large projects may need a higher inotify limit.',
    );
  });

  it('nests list items by their indentation and joins their wrapped lines', () => {
    const text = pdfLinesToText([
      page([
        { text: 'Files read at start:', step: 2 },
        { text: '• .env, loaded in all', x: 70, step: 2 },
        { text: 'cases', x: 76 },
        { text: '◦ .env.local, ignored by git', x: 84, step: 1.5 },
        { text: '• .env.production', x: 70, step: 1.5 },
      ]),
    ]);
    expect(text).toBe('Files read at start:\n\n- .env, loaded in all cases\n  - .env.local, ignored by git\n- .env.production');
  });

  it('reads a term alone on its line with its definition indented below as a labelled definition, not as code', () => {
    const text = pdfLinesToText([
      page([
        { text: 'Parameters', size: 16, bold: true },
        { text: 'CONTINUE IDENTITY', monospace: true, step: 3 },
        { text: 'Do not change the values of sequences. This is the default.', x: 86 },
        { text: 'RESTRICT', monospace: true, step: 2 },
        { text: 'Refuse to truncate if any of the tables have foreign-key references from tables that are', x: 86 },
        { text: 'not listed in the command. This is the default.', x: 86 },
        { text: 'TRUNCATE quickly removes all rows from a set of tables.', step: 2 },
        { text: 'TRUNCATE bigtable, fattable;', monospace: true, x: 66, step: 2 },
      ]),
    ]);
    expect(text).toBe(
      '# Parameters\n\nCONTINUE IDENTITY: Do not change the values of sequences. This is the default.\n\n' +
        'RESTRICT: Refuse to truncate if any of the tables have foreign-key references from tables that are not listed in the command. This is the default.\n\n' +
        'TRUNCATE quickly removes all rows from a set of tables.\n\n```\nTRUNCATE bigtable, fattable;\n```',
    );
  });

  // A printed manual page: terms in the body's type, stacked when an entry has several ("-q" over "--quiet"), its
  // definition as close below the last as a paragraph's lines, but indented.
  it('reads stacked terms over one definition, and a term set as close to its definition as a paragraph line', () => {
    const text = pdfLinesToText([
      page([
        { text: 'OPTIONS', size: 16, bold: true },
        { text: '-q', step: 3 },
        { text: '--quiet', step: 1.6 },
        { text: 'Quiet, suppress feedback messages. Implies --no-progress.', x: 86, step: 1.25 },
        { text: 'gc.auto', step: 1.6 },
        { text: 'When there are approximately more than 6700 loose objects in the repository, git gc --auto will', x: 86, step: 1.25 },
        { text: 'pack them.', x: 86 },
        { text: 'Setting this to 0 disables automatic packing.', step: 2 },
      ]),
    ]);
    expect(text).toBe(
      '# OPTIONS\n\n-q, --quiet: Quiet, suppress feedback messages. Implies --no-progress.\n\n' +
        'gc.auto: When there are approximately more than 6700 loose objects in the repository, git gc --auto will pack them.\n\n' +
        'Setting this to 0 disables automatic packing.',
    );
  });

  it('labels a definition with the term printed at the foot of the page before it', () => {
    const text = pdfLinesToText([
      page([
        { text: 'rebase.updateRefs', step: 3 },
        { text: 'If set to true enable --update-refs option by default.', x: 86, step: 1.25 },
        { text: 'rebase.missingCommitsCheck', step: 1.6 },
      ]),
      page([
        { text: 'If set to "ignore", no checking is done. Defaults to "ignore".', x: 86 },
        { text: 'rebase.instructionFormat', step: 1.6 },
        { text: 'A format string for the todo list.', x: 86, step: 1.25 },
      ]),
    ]);
    expect(text).toBe(
      'rebase.updateRefs: If set to true enable --update-refs option by default.\n\n\f\n\n' +
        'rebase.missingCommitsCheck: If set to "ignore", no checking is done. Defaults to "ignore".\n\n' +
        'rebase.instructionFormat: A format string for the todo list.',
    );
  });
});
