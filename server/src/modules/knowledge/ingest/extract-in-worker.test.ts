import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DocumentRejectedError } from './document-rejected-error';
import { extractTextInWorker } from './extract-in-worker';

/** Runs `work` while counting the main thread's timer ticks: a parse on the main thread would leave almost none. */
async function withTicks<T>(work: () => Promise<T>): Promise<{ result: T | DocumentRejectedError; ticks: number }> {
  let ticks = 0;
  const interval = setInterval(() => ticks++, 5);
  try {
    const result = await work().catch((error: unknown) => {
      if (error instanceof DocumentRejectedError) return error;
      throw error;
    });
    return { result, ticks };
  } finally {
    clearInterval(interval);
  }
}

/** A one-page PDF whose content stream is `content`, deflated: a few hundred KB that inflate to as much as asked. */
function pdfWithContent(content: Buffer): Buffer {
  const stream = deflateSync(content, { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((body, i) => {
    offsets.push(length);
    const object =
      body === null
        ? Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
            stream,
            Buffer.from('\nendstream\nendobj\n'),
          ])
        : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`);
    parts.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const limits = { maxTextChars: 4_000_000, timeoutMs: 8_000, maxHeapMb: 256 };

describe('extractTextInWorker', () => {
  it('parses the quadratic-Markdown attack promptly while the main thread keeps ticking', async () => {
    const bytes = Buffer.from(`# Attack\n\n${'**a '.repeat(60_000)}`);
    const { result, ticks } = await withTicks(() =>
      extractTextInWorker({ filename: 'attack.md', mimeType: 'text/markdown', bytes }, limits),
    );
    expect(result).not.toBeInstanceOf(DocumentRejectedError);
    expect(result).toMatchObject({ title: 'Attack', format: 'markdown' });
    expect(ticks).toBeGreaterThan(3);
  });

  it('reads 5,000 nested <div>s without stalling', async () => {
    const bytes = Buffer.from(`<html><body>${'<div>'.repeat(5_000)}<p>Deep content.</p>${'</div>'.repeat(5_000)}</body></html>`);
    const { result, ticks } = await withTicks(() => extractTextInWorker({ filename: 'deep.html', mimeType: 'text/html', bytes }, limits));
    expect(result).toMatchObject({ text: 'Deep content.' });
    expect(ticks).toBeGreaterThan(3);
  });

  it('refuses a small PDF whose content stream inflates to 80 MB, without blocking the main thread', async () => {
    const line = Buffer.from('BT /F1 12 Tf 72 712 Td (Inflated text that goes on and on) Tj ET\n');
    const content = Buffer.alloc(80_000_000);
    for (let offset = 0; offset + line.length <= content.length; offset += line.length) line.copy(content, offset);
    const bytes = pdfWithContent(content);
    expect(bytes.length).toBeLessThan(1_000_000);
    const { result, ticks } = await withTicks(() =>
      extractTextInWorker({ filename: 'bomb.pdf', mimeType: 'application/pdf', bytes }, limits),
    );
    expect(result).toBeInstanceOf(DocumentRejectedError);
    expect(['too-large', 'too-slow']).toContain((result as DocumentRejectedError).reason);
    expect(ticks).toBeGreaterThan(3);
  }, 30_000);

  it('refuses text longer than the cap', async () => {
    const bytes = Buffer.from('word '.repeat(2_000));
    const error = await extractTextInWorker({ filename: 'long.txt', mimeType: 'text/plain', bytes }, { maxTextChars: 1_000 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DocumentRejectedError);
    expect(error).toMatchObject({ reason: 'too-large' });
  });

  it('passes the reader’s own refusals through as DocumentRejectedErrors', async () => {
    const error = await extractTextInWorker({ filename: 'x.docx', mimeType: null, bytes: Buffer.from('x') }, limits).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DocumentRejectedError);
    expect(error).toMatchObject({ reason: 'unsupported-type' });
  });
});
