import { describe, expect, it } from 'vitest';
import type { PdfTextRun } from './pdf-document';
import { linesOfPage } from './pdf-lines';

const sans = { name: 'LiberationSans-Bold', bold: true, monospace: false };
const mono = { name: 'LiberationMono', bold: false, monospace: true };
const run = (text: string, x: number, y: number, font = sans): PdfTextRun => ({ text, x, y, width: text.length * 4, size: 7.5, font });

describe('linesOfPage', () => {
  it('reads letters printed apart by letter spacing as one word, but leaves code as written', () => {
    const lines = linesOfPage([run('C O P Y', 517, 321), run('Copy to clipboard', 40, 400), run('a b c', 40, 500, mono)]);
    expect(lines.map((line) => line.text)).toEqual(['COPY', 'Copy to clipboard', 'a b c']);
  });

  it("drops a one-line code block's copy button printed on the code's baseline, but not a word of prose", () => {
    const code = (text: string, x: number, y: number) => run(text, x, y, mono);
    const lines = linesOfPage([
      code('node --inspect index.js', 40, 100),
      run('COPY', 517, 100),
      run('Click', 40, 200, { ...sans, bold: false }),
      run('Copy', 70, 200),
    ]);
    expect(lines.map((line) => [line.text, line.monospace])).toEqual([
      ['node --inspect index.js', true],
      ['Click Copy', false],
    ]);
  });

  it("sets punctuation against inline code across the code box's padding, and keeps the space between words", () => {
    const plain = { ...sans, bold: false };
    // "when " (5 chars, ends at 60), the code box's padding, "true" at 64, then "." past the padding at 84.
    const lines = linesOfPage([
      run('when ', 40, 100, plain),
      run('true', 64, 100, mono),
      run('.', 84, 100, plain),
      run('see (', 40, 200, plain),
      run('foo', 66, 200, mono),
      run(')', 84, 200, plain),
      // The padding printed as a space of the code's font.
      run('must be', 40, 250, plain),
      run("'ipv4first'", 74, 250, mono),
      run(' ', 118, 250, mono),
      run(',', 121, 250, plain),
      run('and', 40, 300, plain),
      run('bar', 60, 300, mono),
      run('next', 76, 300, plain),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['when true.', 'see (foo)', "must be 'ipv4first',", 'and bar next']);
  });
});
