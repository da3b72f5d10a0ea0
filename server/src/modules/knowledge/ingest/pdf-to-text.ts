import { FormatError, InvalidPDFException, PasswordException, PDFParse } from 'pdf-parse';
import { pdfPagesToText } from './pdf-layout';

export type PdfText = { kind: 'text'; text: string; title: string | null } | { kind: 'encrypted' } | { kind: 'unreadable' };

// Producers put placeholders in the Title field; a heading-less PDF is better named after its file than "Untitled".
const USELESS_TITLE = /^(?:untitled|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pptx?|xlsx?|pdf|odt))$/i;

function titleFromInfo(info: unknown): string | null {
  const title = typeof info === 'object' && info !== null && 'Title' in info ? info.Title : null;
  if (typeof title !== 'string') return null;
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean && !USELESS_TITLE.test(clean) ? clean : null;
}

/**
 * The text layer of a PDF, read with pdf-parse (pdf.js). A password-protected file and a file pdf.js cannot parse
 * are reported as results rather than thrown, so the caller words the message; a scan yields empty text.
 */
export async function pdfToText(bytes: Buffer): Promise<PdfText> {
  // A copy: pdf.js may take ownership of (detach) the array it is given, and the caller still owns `bytes`.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    const info = await parser.getInfo().catch(() => null);
    return { kind: 'text', text: pdfPagesToText(result.pages.map((page) => page.text)), title: titleFromInfo(info?.info) };
  } catch (error) {
    if (error instanceof PasswordException) return { kind: 'encrypted' };
    // Only pdf.js's verdicts on the file itself blame the file; anything else is our problem and stays an error.
    if (error instanceof InvalidPDFException || error instanceof FormatError) return { kind: 'unreadable' };
    throw error;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
