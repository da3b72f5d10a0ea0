import { readPdf } from './pdf-document';
import { removeRepeatedRuns } from './pdf-layout';
import { linesOfPage } from './pdf-lines';
import { pdfLinesToText } from './pdf-structure';

export type PdfText = { kind: 'text'; text: string; title: string | null } | { kind: 'encrypted' } | { kind: 'unreadable' };

/**
 * The text of a PDF with the structure its fonts show (headings, code, lists, tables, labelled notes), read with
 * pdf.js. A password-protected file and a file pdf.js cannot parse are reported as results rather than thrown, so
 * the caller words the message; a scan yields empty text.
 */
export async function pdfToText(bytes: Buffer): Promise<PdfText> {
  const reading = await readPdf(bytes);
  if (reading.kind !== 'pages') return reading;
  return { kind: 'text', text: pdfLinesToText(removeRepeatedRuns(reading.pages).map(linesOfPage)), title: reading.title };
}
