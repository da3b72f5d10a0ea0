import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { scanLines } from './markdown-lines';
import { pdfToText } from './pdf-to-text';

const headingsOf = (text: string) => scanLines(text).flatMap((line) => (line.heading ? [line.heading.text] : []));

/** A PDF drawn by pdfkit with its standard fonts (Helvetica, Helvetica-Bold, Courier), as a browser prints a page. */
function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Dev server guide' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

const body = (doc: PDFKit.PDFDocument, text: string) => {
  doc.font('Helvetica').fontSize(10.5).text(text, 56);
  doc.moveDown(0.6);
};
const heading = (doc: PDFKit.PDFDocument, text: string, size: number) => {
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(size).text(text, 56);
  doc.moveDown(0.3);
};
const code = (doc: PDFKit.PDFDocument, text: string) => {
  doc.moveDown(0.4);
  doc.font('Courier').fontSize(8.5).text(text, 62, doc.y, { lineGap: 1 });
  doc.moveDown(0.8);
};

async function guideText(): Promise<string> {
  const pdf = await render((doc) => {
    heading(doc, 'Dev server', 22);
    body(doc, 'The dev server serves your source files over native ES modules and reloads the page when they change.');
    heading(doc, 'Sysctl limits', 16);
    body(
      doc,
      'On Linux the file watcher may run out of inotify watches in a large project. Raise the limit and restart the ' +
        'server, then check that the warning is gone.',
    );
    code(
      doc,
      '# Raise the limit for this session\nsudo sysctl fs.inotify.max_user_watches=524288\n\nMake it permanent - add to /etc/sysctl.conf\n  fs.inotify.max_user_watches=524288',
    );
    doc.font('Helvetica-Bold').fontSize(10).text('NOTE', 66);
    doc.moveDown(0.2);
    doc.font('Helvetica').fontSize(10.5).text('Restart the editor too: it keeps its own watchers open until it quits.', 66);
    doc.moveDown(0.6);
    heading(doc, 'Allowed hosts', 10.5);
    body(doc, 'Lists the host names the server answers to. Requests for other hosts are refused with a 403.');
    doc.font('Helvetica').fontSize(10.5).text('• Type: string[]', 70);
    doc.font('Helvetica').fontSize(10.5).text('• Default: the host of the server and localhost', 70);
  });
  const result = await pdfToText(pdf);
  if (result.kind !== 'text') throw new Error(`expected text, got ${result.kind}`);
  return result.text;
}

describe('pdfToText: structure from the fonts', () => {
  it('ranks headings by font size, takes a short bold body-size line for a low-level heading', async () => {
    const blocks = (await guideText()).split('\n\n');
    expect(blocks[0]).toBe('# Dev server');
    expect(blocks).toContain('## Sysctl limits');
    expect(blocks).toContain('### Allowed hosts');
    expect(blocks).toContain(
      'On Linux the file watcher may run out of inotify watches in a large project. Raise the limit and restart the server, then check that the warning is gone.',
    );
  });

  it('keeps monospace lines as one fenced code block with their line breaks, blank lines and indentation', async () => {
    const text = await guideText();
    expect(text).toContain(
      '```\n# Raise the limit for this session\nsudo sysctl fs.inotify.max_user_watches=524288\n\nMake it permanent - add to /etc/sysctl.conf\n  fs.inotify.max_user_watches=524288\n```',
    );
    // A code comment is never a heading, however short and capitalised: the only headings are the three titles.
    expect(headingsOf(text)).toEqual(['Dev server', 'Sysctl limits', 'Allowed hosts']);
  });

  it('makes an admonition title the label of the paragraph after it, never a heading', async () => {
    const text = await guideText();
    expect(text).toContain('\n\nNote: Restart the editor too: it keeps its own watchers open until it quits.\n\n');
    expect(headingsOf(text)).not.toContain('NOTE');
  });

  it('turns bullet lines into "- " list items', async () => {
    expect(await guideText()).toMatch(/\n\n- Type: string\[\]\n- Default: the host of the server and localhost$/);
  });

  it('reads table rows with their column headers', async () => {
    const pdf = await render((doc) => {
      body(doc, 'The print width option:');
      const row = (cells: string[], font: string) => {
        const top = doc.y;
        cells.forEach((cell, i) => {
          doc
            .font(font)
            .fontSize(9.5)
            .text(cell, 60 + i * 160, top, { width: 150 });
        });
        doc.y = top + 18;
      };
      row(['Default', 'CLI Override', 'API Override'], 'Helvetica-Bold');
      row(['80', '--print-width <int>', 'printWidth: <int>'], 'Helvetica');
    });
    const result = await pdfToText(pdf);
    expect(result).toMatchObject({ kind: 'text', title: 'Dev server guide' });
    expect(result.kind === 'text' && result.text).toBe(
      'The print width option:\n\nDefault: 80; CLI Override: --print-width <int>; API Override: printWidth: <int>',
    );
  });
});
