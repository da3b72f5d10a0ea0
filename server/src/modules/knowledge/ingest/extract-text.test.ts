import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { DocumentRejectedError } from './document-rejected-error';
import { extractText } from './extract-text';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'testing', 'fixtures', name));

async function rejection(promise: Promise<unknown>): Promise<DocumentRejectedError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DocumentRejectedError)) throw new Error(`expected a DocumentRejectedError, got ${String(error)}`);
  return error;
}

describe('extractText: formats', () => {
  it('reads Markdown: headings kept, front matter, link targets and emphasis markers gone, code kept', async () => {
    const result = await extractText({ filename: 'refund-policy.md', mimeType: 'text/markdown', bytes: fixture('refund-policy.md') });
    expect(result).toMatchObject({ title: 'Refund policy', format: 'markdown', mimeType: 'text/markdown' });
    expect(result.text).toMatch(/^# Refund policy\n/);
    expect(result.text).toContain('\n## How to request a refund\n');
    expect(result.text).toContain('This page is the single source of truth for');
    expect(result.text).toContain('see the billing FAQ for invoices');
    expect(result.text).not.toContain('finance-team');
    expect(result.text).not.toContain('help.acme.example');
    expect(result.text).toContain('```text\n# not a heading: this line is inside a code block');
  });

  it('reads HTML: scripts, styles, navigation, hidden parts and comments dropped; headings become # lines', async () => {
    const result = await extractText({ filename: 'onboarding.html', mimeType: 'text/html', bytes: fixture('onboarding.html') });
    expect(result).toMatchObject({ title: 'Onboarding guide', format: 'html', mimeType: 'text/html' });
    expect(result.text).toMatch(/^# Onboarding guide\n\nWelcome to Acme!/);
    expect(result.text).toContain('\n## Tools & accounts\n');
    expect(result.text).toContain('\n### Laptop setup\n');
    expect(result.text).toContain('- Slack for chat — join #general and #help.');
    expect(result.text).toContain('Accept it within 7 days, set a password');
    expect(result.text).toContain("If it hasn't arrived");
    expect(result.text).toContain('\n\nWeek: 1; Goal: Ship a small fix');
    for (const hidden of [
      'do not index me',
      'font-family',
      'hidden comment',
      'Enable JavaScript',
      'Guides',
      'Help Center',
      'salary bands',
    ]) {
      expect(result.text).not.toContain(hidden);
    }
  });

  it("titles an HTML page without headings after its <title>, minus the site's name", async () => {
    const html = '<html><head><title>Security FAQ – Acme</title></head><body><p>We encrypt data at rest.</p></body></html>';
    const result = await extractText({ filename: 'page.html', mimeType: 'text/html', bytes: Buffer.from(html) });
    expect(result).toMatchObject({ title: 'Security FAQ', text: 'We encrypt data at rest.' });
  });

  it('reads CSV: one "column: value" line per row, header kept, quoted fields intact', async () => {
    const result = await extractText({ filename: 'plans.csv', mimeType: 'text/csv', bytes: fixture('plans.csv') });
    expect(result).toMatchObject({ title: 'plans', format: 'csv', mimeType: 'text/csv' });
    expect(result.text.split('\n\n')).toEqual([
      'Columns: Plan, Monthly price, Members, Documents, Support',
      'Plan: Free; Monthly price: 0 EUR; Members: 3; Documents: 20; Support: Community forum',
      'Plan: Pro; Monthly price: 49 EUR; Members: 50; Documents: 2,000; Support: Email, within 1 business day',
      'Plan: Enterprise; Monthly price: On request; Members: Unlimited; Documents: Unlimited; Support: Dedicated manager "white glove"',
    ]);
  });

  it('reads semicolon-separated CSV with Windows line ends and skips empty cells', async () => {
    const csv = 'Name;Team;Phone\r\nAda;Finance;\r\nLin;;+33 1 23\r\n';
    const result = await extractText({ filename: 'people.csv', mimeType: 'text/csv', bytes: Buffer.from(csv) });
    expect(result.text).toBe('Columns: Name, Team, Phone\n\nName: Ada; Team: Finance\n\nName: Lin; Phone: +33 1 23');
  });

  it('reads plain text in UTF-8 (with BOM), UTF-16 and Windows-1252', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café opening hours\r\nFrom 9 to 5.')]);
    expect((await extractText({ filename: 'hours.txt', mimeType: 'text/plain', bytes: utf8 })).text).toBe(
      'Café opening hours\nFrom 9 to 5.',
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Crème brûlée recipe', 'utf16le')]);
    expect((await extractText({ filename: 'recipe.txt', mimeType: 'text/plain', bytes: utf16 })).text).toBe('Crème brûlée recipe');
    const cp1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]); // "Café €5"
    expect((await extractText({ filename: 'price.txt', mimeType: 'text/plain', bytes: cp1252 })).text).toBe('Café €5');
  });

  it('keeps snake_case names in titles, from headings and from file names', async () => {
    const heading = await extractText({
      filename: 'x.md',
      mimeType: 'text/markdown',
      bytes: Buffer.from('# The `vite_config` file\n\nText.'),
    });
    expect(heading.title).toBe('The vite_config file');
    const named = await extractText({ filename: 'build_options.txt', mimeType: 'text/plain', bytes: Buffer.from('Some text.') });
    expect(named.title).toBe('build_options');
  });

  it('titles a page under a site banner after its own heading, and a document with sections after its first', async () => {
    const markdown = (source: string) => extractText({ filename: 'page.md', mimeType: 'text/markdown', bytes: Buffer.from(source) });
    // Every page of the site opens with the product's name; the page's subject is the one heading the rest sits under.
    const bannered = await markdown(
      '<h1 align="center">Fastify</h1>\n\n## Decorators\n\nThe decorators API customizes core objects.\n\n### Usage\n\nCall decorate().\n',
    );
    expect(bannered.title).toBe('Decorators');
    // A title over several sections, or with text of its own, is the document's title.
    const sections = await markdown('# Vite\n\n## Features\n\nFast.\n\n## Config\n\nSimple.\n');
    expect(sections.title).toBe('Vite');
    const introduced = await markdown('# Guide\n\nWhat this guide covers.\n\n## Setup\n\nRun it.\n');
    expect(introduced.title).toBe('Guide');
    // A README that introduces itself, then opens its first of several sections, is not named after that section.
    const readme = await markdown(
      '[![ioredis](logo.svg)](https://example.com)\n\nA robust Redis client.\n\n# Features\n\nFast.\n\n# Quick Start\n\nInstall it.\n',
    );
    expect(readme.title).toBe('page');
  });

  it('titles a text file after its first # heading, else after the file name', async () => {
    const withHeading = await extractText({
      filename: 'notes.txt',
      mimeType: 'text/plain',
      bytes: Buffer.from('Intro\n\n# Release notes\nFixed.'),
    });
    expect(withHeading.title).toBe('Release notes');
    const without = await extractText({ filename: 'C:\\Users\\ada\\team notes.v2.txt', mimeType: null, bytes: Buffer.from('Fixed.') });
    expect(without.title).toBe('team notes.v2');
  });

  it('reads the text layer of a PDF and its title', async () => {
    const result = await extractText({ filename: 'handbook.pdf', mimeType: 'application/pdf', bytes: fixture('handbook.pdf') });
    expect(result).toMatchObject({ title: 'Employee handbook', format: 'pdf', mimeType: 'application/pdf' });
    expect(result.text).toContain('Every employee receives 25 days of paid vacation per calendar year.');
    expect(result.text).toContain('Remote work is possible up to three days per week.');
    // The title, in the largest font, becomes the top heading; paragraphs are split at their vertical gaps and their
    // wrapped lines joined; pages are separated by a form feed line.
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe('# Employee handbook');
    expect(paragraphs[2]).toMatch(/^Business expenses are reimbursed within 10 working days\./);
    expect(paragraphs[3]).toBe('\f');
    expect(paragraphs[4]).toBe('Remote work is possible up to three days per week. The office in Lyon is open from 8 a.m. to 7 p.m.');
  });

  it("titles a PDF printed from a web page after the page's title, minus the site's name", async () => {
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const doc = new PDFDocument({ size: 'A5', info: { Title: 'Refund policy | Acme Help Center' } });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.fontSize(10).text('Refunds are paid within 5 days.');
      doc.end();
    });
    const result = await extractText({ filename: 'print.pdf', mimeType: 'application/pdf', bytes });
    expect(result).toMatchObject({ title: 'Refund policy', format: 'pdf' });
  });

  it('accepts a known text format under another text name (HTML saved as .csv), reading what it really is', async () => {
    const bytes = Buffer.from('<!DOCTYPE html><html><body><h1>Prices</h1><p>Pro costs 49 EUR.</p></body></html>');
    const result = await extractText({ filename: 'export.csv', mimeType: 'text/csv', bytes });
    expect(result).toMatchObject({ format: 'html', title: 'Prices', text: '# Prices\n\nPro costs 49 EUR.' });
  });

  it('falls back on the MIME type when the name has no known extension', async () => {
    const result = await extractText({
      filename: 'README',
      mimeType: 'text/markdown; charset=utf-8',
      bytes: Buffer.from('# Setup\nRun it.'),
    });
    expect(result).toMatchObject({ format: 'markdown', title: 'Setup' });
  });
});

describe('extractText: refusals', () => {
  it('refuses a password-protected PDF', async () => {
    const error = await rejection(
      extractText({ filename: 'secret.pdf', mimeType: 'application/pdf', bytes: fixture('handbook-encrypted.pdf') }),
    );
    expect(error).toMatchObject({ reason: 'encrypted-pdf', code: 'BAD_USER_INPUT', field: 'file' });
    expect(error.message).toBe('“secret.pdf” is password-protected. Save a copy without the password and add that instead.');
    expect(error.details).toMatchObject({ fieldErrors: [{ field: 'file', message: error.message }] });
  });

  it('refuses an image-only (scanned) PDF', async () => {
    const error = await rejection(
      extractText({ filename: 'contract.pdf', mimeType: 'application/pdf', bytes: fixture('scanned-image-only.pdf') }),
    );
    expect(error.reason).toBe('no-text');
    expect(error.message).toMatch(/^“contract\.pdf” has no text to read: it looks like a scan/);
  });

  it('refuses a damaged PDF', async () => {
    const truncated = fixture('handbook.pdf').subarray(0, 900);
    const error = await rejection(extractText({ filename: 'broken.pdf', mimeType: 'application/pdf', bytes: truncated }));
    expect(error.reason).toBe('unreadable-pdf');
  });

  it('refuses a PNG named .pdf, saying what it really is', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    const error = await rejection(extractText({ filename: 'scan.pdf', mimeType: 'application/pdf', bytes: png }));
    expect(error).toMatchObject({
      reason: 'mismatched-content',
      message: '“scan.pdf” is named like a PDF, but its content is a PNG image.',
    });
  });

  it('refuses text named .pdf and a PDF named .txt', async () => {
    const asPdf = await rejection(extractText({ filename: 'notes.pdf', mimeType: 'application/pdf', bytes: Buffer.from('just notes') }));
    expect(asPdf.message).toBe('“notes.pdf” is named like a PDF, but its content is plain text.');
    const asText = await rejection(extractText({ filename: 'handbook.txt', mimeType: 'text/plain', bytes: fixture('handbook.pdf') }));
    expect(asText).toMatchObject({
      reason: 'mismatched-content',
      message: '“handbook.txt” is a PDF. Rename it to end in .pdf and add it again.',
    });
  });

  it('refuses binary data named .txt, with or without zero bytes', async () => {
    const withZeros = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    const noZeros = Buffer.from(Array.from({ length: 512 }, (_, i) => 1 + ((i * 151) % 255)));
    for (const bytes of [withZeros, noZeros]) {
      const error = await rejection(extractText({ filename: 'data.txt', mimeType: 'text/plain', bytes }));
      expect(error).toMatchObject({
        reason: 'mismatched-content',
        message: '“data.txt” should be a text file, but its content is binary data.',
      });
    }
  });

  it('refuses unsupported types, with a hint for common ones', async () => {
    const docx = await rejection(extractText({ filename: 'plan.docx', mimeType: 'application/octet-stream', bytes: Buffer.from('PK') }));
    expect(docx).toMatchObject({ reason: 'unsupported-type' });
    expect(docx.message).toBe(
      '“.docx” files cannot be added. Askbase reads .txt, .md, .csv, .html and .pdf files. Save Word documents as PDF first.',
    );
    const bare = await rejection(extractText({ filename: 'blob', mimeType: '', bytes: Buffer.from('hello') }));
    expect(bare.message).toBe('Files without an extension cannot be added. Askbase reads .txt, .md, .csv, .html and .pdf files.');
  });

  it('refuses empty documents and documents without letters', async () => {
    expect((await rejection(extractText({ filename: 'a.txt', mimeType: 'text/plain', bytes: Buffer.alloc(0) }))).reason).toBe('empty');
    const blank = await rejection(extractText({ filename: 'a.md', mimeType: 'text/markdown', bytes: Buffer.from(' \n\t\r\n') }));
    expect(blank).toMatchObject({ reason: 'empty', message: '“a.md” is empty.' });
    const scripts = Buffer.from('<html><head><script>var a = 1;</script></head><body><style>p{}</style></body></html>');
    expect((await rejection(extractText({ filename: 'app.html', mimeType: 'text/html', bytes: scripts }))).reason).toBe('no-text');
  });
});
