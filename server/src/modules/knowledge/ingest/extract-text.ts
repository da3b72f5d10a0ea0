import { csvToText } from './csv-to-text';
import { baseName, type DocumentFormat, resolveFormat } from './document-format';
import { DocumentRejectedError } from './document-rejected-error';
import { htmlToText, pageTitle } from './html-to-text';
import { titleHeading } from './markdown-lines';
import { markdownToText } from './markdown-to-text';
import { PAGE_BREAK } from './pdf-layout';
import { pdfToText } from './pdf-to-text';
import { sniffContent } from './sniff-content';

export type { DocumentFormat } from './document-format';

export interface ExtractTextInput {
  filename: string;
  /** As sent by the browser; only consulted when the file name has no known extension. */
  mimeType?: string | null;
  bytes: Buffer;
}

export interface ExtractedText {
  title: string;
  /** Reading text with `#` heading lines, ready for `splitPassages`. */
  text: string;
  format: DocumentFormat;
  /** The MIME type of what the file really is (`format`), whatever the browser claimed. */
  mimeType: string;
}

const MIME_TYPES: Record<DocumentFormat, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  csv: 'text/csv',
  html: 'text/html',
  pdf: 'application/pdf',
};

const MAX_TITLE_LENGTH = 200;

/**
 * One text shape for every format: \n line ends, plain spaces, no invisible characters, at most one blank line.
 * Form feeds go too, except in a reader's output that marks PDF page breaks with them (`keepPageBreaks`).
 */
export function normalizeText(text: string, { keepPageBreaks = false } = {}): string {
  const kept = keepPageBreaks ? text : text.replaceAll(PAGE_BREAK, '');
  return (
    kept
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      // Control characters other than the line break and the page break (tabs and carriage returns were replaced above).
      .replace(/[^\P{Cc}\n\f]/gu, '')
      .split('\n')
      .map((line) => line.replace(/ +$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Titles come from parsed text (no Markdown markup left), so only spacing is tidied: `snake_case` names survive. */
function cleanTitle(title: string | null | undefined): string | null {
  const clean = title?.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  return clean.length > MAX_TITLE_LENGTH ? `${clean.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…` : clean;
}

async function readAs(format: DocumentFormat, text: string, bytes: Buffer, filename: string) {
  switch (format) {
    case 'pdf': {
      const pdf = await pdfToText(bytes);
      const name = `“${filename}”`;
      if (pdf.kind === 'encrypted') {
        const message = `${name} is password-protected. Save a copy without the password and add that instead.`;
        throw new DocumentRejectedError('encrypted-pdf', message);
      }
      if (pdf.kind === 'unreadable') {
        const message = `${name} looks like a PDF but could not be read; it may be damaged. Export it again and retry.`;
        throw new DocumentRejectedError('unreadable-pdf', message);
      }
      // A page printed from a browser carries the page's <title>, site name and all ("Errors | Fastify").
      return { text: pdf.text, heading: pageTitle(pdf.title) ?? titleHeading(pdf.text) };
    }
    case 'html': {
      const html = htmlToText(text);
      return { text: html.text, heading: html.title ?? titleHeading(html.text) };
    }
    case 'markdown': {
      const markdown = markdownToText(text);
      return { text: markdown.text, heading: markdown.title ?? titleHeading(markdown.text) };
    }
    case 'csv':
      return { text: csvToText(text), heading: null };
    case 'text':
      return { text, heading: titleHeading(text) };
  }
}

/**
 * Searchable text of an uploaded document (.txt, .md, .csv, .html, .pdf). Throws DocumentRejectedError, with a
 * message meant for the person who uploaded it, when the file is empty, not what its name says, a password-protected
 * PDF, or has no text to read (a scanned PDF, an HTML page of scripts).
 */
export async function extractText({ filename, mimeType, bytes }: ExtractTextInput): Promise<ExtractedText> {
  const name = `“${filename}”`;
  if (bytes.length === 0) throw new DocumentRejectedError('empty', `${name} is empty.`);
  const content = sniffContent(bytes);
  if (content.kind === 'text' && content.text.trim() === '') throw new DocumentRejectedError('empty', `${name} is empty.`);
  const format = resolveFormat(filename, mimeType ?? '', content);
  const decoded = content.kind === 'text' ? normalizeText(content.text) : '';
  const read = await readAs(format, decoded, bytes, filename);
  const text = normalizeText(read.text, { keepPageBreaks: format === 'pdf' });
  // Letters, not characters: a scan whose only text is page numbers still has nothing to search.
  if (!/\p{L}/u.test(text)) {
    const message =
      format === 'pdf'
        ? `${name} has no text to read: it looks like a scan or contains only images. Add a version with text (run OCR on it first).`
        : `${name} has no text to read.`;
    throw new DocumentRejectedError('no-text', message);
  }
  const title = cleanTitle(read.heading) ?? cleanTitle(baseName(filename)) ?? 'Untitled document';
  return { title, text, format, mimeType: MIME_TYPES[format] };
}
