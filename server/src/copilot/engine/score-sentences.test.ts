import { describe, expect, it } from 'vitest';
import type { RetrievedPassage } from './answer-engine';
import { analyse, gain, holdsAmount, holdsQuantity, namesDefault } from './score-sentences';
import { createAnalyzer } from './text/analyzer';

describe('what a unit says of a value', () => {
  it('names a default: a default with its value, or a value marked as the default in a list of choices', () => {
    expect(namesDefault('Default: 5173')).toBe(true);
    expect(namesDefault('- both (default): Will register both /prefix and /prefix/.')).toBe(true);
    expect(namesDefault('Valid values are try (the default), on, and off.')).toBe(true);
    expect(namesDefault('Setting this parameter to zero (which is the default) disables the feature.')).toBe(true);
    expect(namesDefault('The default can be changed in the settings.')).toBe(false);
    expect(namesDefault('Logging is off by default.')).toBe(false);
    // A default stated in a word: "one" is no value on its own (it is as often a pronoun), but "the default is one" is.
    expect(namesDefault('The default is one, i.e. sequential execution.')).toBe(true);
    expect(namesDefault('In case of a tie, Prettier defaults to double quotes.')).toBe(true);
    expect(namesDefault('If it is not given, the default is used.')).toBe(false);
    // A default that is one of two options.
    expect(namesDefault('The default is --no-allow-onelevel.')).toBe(true);
  });

  it('holds a quantity in figures or in words, but not "one", which is as often a pronoun', () => {
    expect(holdsQuantity('The default is 20 seconds.')).toBe(true);
    expect(holdsQuantity('Major releases are supported for six months.')).toBe(true);
    expect(holdsQuantity('The request is retried twice.')).toBe(true);
    expect(holdsQuantity('Pick the one which results in the fewest escapes.')).toBe(false);
  });

  it('does not take the number of a section, table or chapter for a value', () => {
    expect(holdsQuantity('Table 8.4.')).toBe(false);
    expect(holdsQuantity('See Section 20.8.5 for details.')).toBe(false);
    expect(namesDefault('The default depends on the platform, see Chapter 21.')).toBe(false);
    expect(holdsQuantity('The storage requirement for a short string (up to 126 bytes) is 1 byte.')).toBe(true);
  });

  it('tells an amount of time or of data from other numbers, when the question asks for one of them', () => {
    expect(holdsAmount('The default is 24 hours.', 'duration')).toBe(true);
    expect(holdsAmount('The default is one minute (1m).', 'duration')).toBe(true);
    expect(holdsAmount('Checkpoints are begun every 5min.', 'duration')).toBe(true);
    expect(holdsAmount('timeout - Connection timeout in milliseconds (default: 30000)', 'duration')).toBe(true);
    expect(holdsAmount('Maximum size of a request body in bytes (default: 1048576)', 'size')).toBe(true);
    expect(holdsAmount('In releases prior to 8.4, the epoch was appended.', 'duration')).toBe(false);
    expect(holdsAmount('The default is 10 megabytes.', 'size')).toBe(true);
    expect(holdsAmount('The default value is four megabytes (4MB).', 'size')).toBe(true);
    expect(holdsAmount('The default is 10 megabytes.', 'duration')).toBe(false);
    expect(holdsAmount('In releases prior to 8.4, the epoch was appended.', null)).toBe(true);
    expect(holdsAmount('The priority must be an integer between -20 (high priority) and 19 (low priority).', 'range')).toBe(true);
    expect(holdsAmount('The port is a number from 0 to 65535.', 'range')).toBe(true);
    expect(holdsAmount('Ports 0-65535 are valid.', 'range')).toBe(true);
    expect(holdsAmount('It is mapped to one of six priority constants.', 'range')).toBe(false);
    expect(holdsAmount('Released on 2024-01-02.', 'range')).toBe(false);
  });
});

describe('the section a question is about', () => {
  const analyzer = createAnalyzer('english');
  const passage = (heading: string, content: string): RetrievedPassage => ({
    id: heading,
    documentId: 'd',
    documentTitle: 'Settings',
    heading,
    content,
    rank: 1,
  });
  const subjectOf = (question: string, heading: string, content: string) =>
    analyse(question, [passage(heading, content)], analyzer).candidates.map((unit) => unit.subjectOnly);

  it('lends its heading to every unit under it when the heading is what the question asks about', () => {
    const [subject] = subjectOf('What is the default value of sort_mem?', 'Memory > sort_mem (integer)', 'The default value is 8MB.');
    expect(subject).toEqual(expect.arrayContaining(['sort_mem', 'sortmem']));
  });

  it('does not when the heading only qualifies the question ("CSV format" of "the default delimiter in CSV format")', () => {
    const [subject] = subjectOf(
      'What is the default delimiter of COPY in CSV format?',
      'COPY > File Formats > CSV Format',
      'With the default settings, a NULL is written as an unquoted empty string.',
    );
    expect(subject).toEqual([]);
  });

  it("takes an API entry's first sentence for its definition when the question asks what the entry holds", () => {
    const content = [
      'History',
      '',
      'Version: v0.1.98; Changes: Added in: v0.1.98',
      '',
      '- <string>',
      '',
      'The current input data being processed by node.',
      '',
      'Once the line event has been emitted, this property will be an empty string.',
    ].join('\n');
    const terms = [
      { word: 'rl.line', passages: 2, inTitles: 1, weight: 5.3 },
      { word: 'property', passages: 40, inTitles: 0, weight: 1.9 },
      { word: 'readline', passages: 20, inTitles: 20, weight: 2.8 },
      { word: 'interface', passages: 18, inTitles: 6, weight: 2.9 },
    ];
    const gainOf = (heading: string, start: string) => {
      const question = 'What does the rl.line property of a readline interface hold?';
      const analysis = analyse(question, [passage(heading, content)], analyzer, terms);
      const unit = analysis.candidates.find((candidate) => candidate.text.startsWith(start));
      return unit ? gain(unit, analysis, new Set()) : 0;
    };
    const entry = 'Readline > Class: InterfaceConstructor > rl.line';
    // The same sentence under a heading the question does not name in full ("rl.line usage") is no definition of it.
    expect(gainOf(entry, 'The current input')).toBeGreaterThan(gainOf(`${entry} usage`, 'The current input') + 0.1);
    expect(gainOf(entry, 'Once the line')).toBeCloseTo(gainOf(`${entry} usage`, 'Once the line'), 1);
  });

  it('keeps a unit that holds none of the question words when its heading names the whole question', () => {
    const analysis = analyse(
      'What does the zlib.Unzip class do?',
      [
        passage(
          'Zlib > Class: zlib.Unzip',
          'Added in: v0.5.8\n\nDecompress either a Gzip- or Deflate-compressed stream by auto-detecting the header.',
        ),
      ],
      analyzer,
      [
        { word: 'zlib.Unzip', passages: 3, inTitles: 2, weight: 5 },
        { word: 'class', passages: 40, inTitles: 20, weight: 2.5 },
      ],
    );
    expect(analysis.candidates.map((unit) => unit.text)).toContain(
      'Decompress either a Gzip- or Deflate-compressed stream by auto-detecting the header.',
    );
  });
});

describe('phrases', () => {
  const analyzer = createAnalyzer('english');
  const passage = (content: string): RetrievedPassage => ({
    id: 'p',
    documentId: 'd',
    documentTitle: 'Build',
    heading: null,
    content,
    rank: 1,
  });
  const bonusOf = (question: string, content: string) => analyse(question, [passage(content)], analyzer).candidates[0]?.bonus;

  it('takes a phrase written with a synonym for the phrase: "output folder" is "output directory"', () => {
    const question = 'Which output folder does the build use?';
    expect(bonusOf(question, 'Specify the output directory of the build.')).toBeCloseTo(
      bonusOf(question, 'Specify the output folder of the build.') ?? 0,
    );
    expect(bonusOf(question, 'Specify the output directory of the build.')).toBeGreaterThan(
      bonusOf(question, 'Specify the directory of the output build.') ?? 0,
    );
  });
});
