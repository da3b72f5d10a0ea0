import { describe, expect, it } from 'vitest';
import { isLiteralList, passageUnits } from './passage-units';

describe('passageUnits', () => {
  it('tells prose, settings fields, list items, table rows and code apart', () => {
    const units = passageUnits(
      [
        'Specify the server port. It must be free.',
        '',
        '- Type: number',
        '- Default: 5173',
        '- Run the build before you preview it',
        '',
        'Option: printWidth; Default: 80',
        '',
        '```js',
        'export default defineConfig({ server: { port: 3000 } })',
        '```',
      ].join('\n'),
    );
    expect(units.map((unit) => [unit.kind, unit.text])).toEqual([
      ['sentence', 'Specify the server port.'],
      ['sentence', 'It must be free.'],
      ['field', 'Type: number'],
      ['field', 'Default: 5173'],
      ['item', 'Run the build before you preview it'],
      ['row', 'Option: printWidth; Default: 80'],
      ['code', 'export default defineConfig({ server: { port: 3000 } })'],
    ]);
    expect(units.at(-1)?.language).toBe('js');
  });

  it('gives a table row the name in its first cell, not a number or a version', () => {
    const units = passageUnits(
      'Option: wordwrap; Default: 80; Description: After how many chars a line break should follow.\n\nVersion: 5.0.0; Release Date: 2024-09-17\n\nOption: two words; Default: 1',
    );
    expect(units.map((unit) => [unit.kind, unit.definedTerm])).toEqual([
      ['row', 'wordwrap'],
      ['row', undefined],
      ['row', undefined],
    ]);
  });

  it("gives a table row's later sentences the row's name: they end its description", () => {
    const units = passageUnits(
      'Option: flags; Type: boolean; Description: Regex flags to use. If defined, the nocase option is overridden.\n\nIt is an option.',
    );
    expect(units.map((unit) => [unit.kind, unit.definedTerm])).toEqual([
      ['row', 'flags'],
      ['sentence', 'flags'],
      ['sentence', undefined],
    ]);
  });

  it('gives the sentences of a "term: definition" paragraph or of an item describing a term that term, and no other', () => {
    const units = passageUnits(
      'DELIMITER: Specifies the character that separates columns. The default is a comma in CSV format.\n\nThe default is text in other paragraphs.\n\n- maxBuffer {number} Largest amount of data. Default: 1024 * 1024.\n- killSignal {string} The signal. Default: SIGTERM.\n- Run the build. Then deploy it.',
    );
    expect(units.map((unit) => [unit.text, unit.definedTerm])).toEqual([
      ['DELIMITER: Specifies the character that separates columns.', 'DELIMITER'],
      ['The default is a comma in CSV format.', 'DELIMITER'],
      ['The default is text in other paragraphs.', undefined],
      ['maxBuffer {number} Largest amount of data.', 'maxBuffer'],
      ['Default: 1024 * 1024.', 'maxBuffer'],
      ['killSignal {string} The signal.', 'killSignal'],
      ['Default: SIGTERM.', 'killSignal'],
      ['Run the build.', undefined],
      ['Then deploy it.', undefined],
    ]);
  });

  it("reads a manual page's option entries as terms with their definitions", () => {
    const units = passageUnits(
      '--soft: Does not touch the index file or the working tree at all. This leaves all your changed files staged.\n\n-q, --quiet: Be quiet, only report errors.\n\n--prune=<date>: Prune loose objects older than date.\n\n-- Unrelated: a dash line.',
    );
    expect(units.map((unit) => [unit.kind, unit.definedTerm])).toEqual([
      ['field', '--soft'],
      ['sentence', '--soft'],
      ['field', '-q, --quiet'],
      ['field', '--prune=<date>'],
      ['sentence', undefined],
    ]);
  });

  it('opens an entry named by code with its field however long its first sentence, and leaves long prose a sentence', () => {
    const units = passageUnits(
      [
        'rebase.updateRefs: If set to true enable --update-refs option by default.',
        'rebase.missingCommitsCheck: If set to "warn", git rebase -i will print a warning if some commits are removed (e.g. a line was deleted), however the rebase will still proceed. Defaults to "ignore".',
        'Note for upgrades: the settings that an older release wrote to the configuration file are read as before, and any that it no longer knows are reported once, when the server starts.',
      ].join('\n\n'),
    );
    expect(units.map((unit) => [unit.kind, unit.definedTerm])).toEqual([
      ['field', 'rebase.updateRefs'],
      ['field', 'rebase.missingCommitsCheck'],
      ['sentence', 'rebase.missingCommitsCheck'],
      ['sentence', undefined],
    ]);
  });

  it('keeps a question the document asks with the sentence that answers it, in its paragraph only', () => {
    const units = passageUnits(
      'Double or single quotes? Prettier chooses the one with the fewest escapes. It is a heuristic.\n\nWhy not tabs?\n\nSee the options.',
    );
    expect(units.map((unit) => unit.text)).toEqual([
      'Double or single quotes? Prettier chooses the one with the fewest escapes.',
      'It is a heuristic.',
      'Why not tabs?',
      'See the options.',
    ]);
  });

  it('reads unfenced code lines (from PDFs) as one code block, never as sentences', () => {
    const units = passageUnits('Add this to your scripts:\n\n{ "dev": "vite",\n"build": "vite build" }\n\nThen run it.');
    expect(units.map((unit) => unit.kind)).toEqual(['sentence', 'code', 'sentence']);
  });

  it('reads a setting that a code comment describes as a field, after its block, and leaves other comments in the code', () => {
    const units = passageUnits(
      [
        'The promise resolves with a result:',
        '',
        '```js',
        '{',
        '  msBeforeNext: 250, // Number of milliseconds before next action can be done',
        '  points: 6, // 6 points',
        '  // The remaining fields are internal',
        "  url: 'http://localhost', // where requests are sent",
        '}',
        '```',
      ].join('\n'),
    );
    expect(units.map((unit) => [unit.kind, unit.text, unit.definedTerm])).toEqual([
      ['sentence', 'The promise resolves with a result:', undefined],
      ['code', expect.stringContaining('msBeforeNext: 250'), undefined],
      ['field', 'msBeforeNext: 250, // Number of milliseconds before next action can be done', 'msBeforeNext'],
      ['field', "url: 'http://localhost', // where requests are sent", 'url'],
    ]);
  });

  it('keeps a code block that the passage cut before its closing fence', () => {
    expect(passageUnits('Example:\n\n```sh\nnpm create vite@latest').map((unit) => unit.kind)).toEqual(['sentence', 'code']);
  });

  it('tells a short list of values from a program or a command', () => {
    expect(isLiteralList('true\nyes\non\n1')).toBe(true);
    expect(isLiteralList('<   <=   =   >=   >')).toBe(true);
    expect(isLiteralList('npm create vite@latest')).toBe(false);
    expect(isLiteralList('$ pg_dump -Fc mydb > db.dump')).toBe(false);
    expect(isLiteralList('CREATE TABLE test1 (a boolean, b text);')).toBe(false);
    expect(isLiteralList("const log = parentLogger.child({module: 'foo'})")).toBe(false);
  });

  it('reads a list item that names a value for a platform as prose, however many backslashes the value has', () => {
    const units = passageUnits('The platform-specific file path of the null device.\n\n- \\\\.\\nul on Windows\n- /dev/null on POSIX');
    expect(units.map((unit) => [unit.kind, unit.text])).toEqual([
      ['sentence', 'The platform-specific file path of the null device.'],
      ['item', '\\\\.\\nul on Windows'],
      ['item', '/dev/null on POSIX'],
    ]);
    expect(passageUnits('- \\r\\n on Windows')[0]?.kind).toBe('item');
  });

  it('reads a list item with a bracketed word as prose, not as a call', () => {
    const units = passageUnits('Valid options are:\n\n- error\n- log (default)\n- silent');
    expect(units.map((unit) => [unit.kind, unit.text])).toEqual([
      ['sentence', 'Valid options are:'],
      ['item', 'error'],
      ['item', 'log (default)'],
      ['item', 'silent'],
    ]);
  });
});
