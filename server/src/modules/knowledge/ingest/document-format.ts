import { DocumentRejectedError } from './document-rejected-error';
import type { SniffedContent } from './sniff-content';

export type DocumentFormat = 'text' | 'markdown' | 'csv' | 'html' | 'pdf';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  csv: 'csv',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
};

const BY_MIME_TYPE: Record<string, DocumentFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
};

// Formats people often try; a hint on what to do beats a bare "unsupported".
const HINTS: Record<string, string> = {
  docx: 'Save Word documents as PDF first.',
  doc: 'Save Word documents as PDF first.',
  odt: 'Export it as PDF first.',
  rtf: 'Save it as PDF or plain text first.',
  pptx: 'Export presentations as PDF first.',
  xlsx: 'Export spreadsheets as CSV first.',
  xls: 'Export spreadsheets as CSV first.',
};

export const SUPPORTED_FORMATS_LABEL = '.txt, .md, .csv, .html and .pdf';

export function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The file's name without folders or extension, used as its title when it has no heading. */
export function baseName(filename: string): string {
  const base = (filename.split(/[\\/]/).pop() ?? '').trim();
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

function describeFormat(format: DocumentFormat): string {
  return { text: 'a text file', markdown: 'a Markdown file', csv: 'a CSV file', html: 'an HTML page', pdf: 'a PDF' }[format];
}

/**
 * The format to read the file as. The name (else the MIME type) says what the user means to add; the bytes say
 * what it is. Text formats may stand in for each other (an HTML export saved as .txt is still readable), but a
 * binary file under a text name, or anything but a PDF under a PDF name, is refused with what it really is.
 */
export function resolveFormat(filename: string, mimeType: string, content: SniffedContent): DocumentFormat {
  const extension = extensionOf(filename);
  const mime = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const claimed = BY_EXTENSION[extension] ?? BY_MIME_TYPE[mime];
  if (!claimed) {
    const what = extension ? `“.${extension}” files` : 'Files without an extension';
    throw new DocumentRejectedError(
      'unsupported-type',
      `${what} cannot be added. Askbase reads ${SUPPORTED_FORMATS_LABEL} files. ${HINTS[extension] ?? ''}`.trim(),
    );
  }
  const name = `“${filename}”`;
  if (claimed === 'pdf') {
    if (content.kind === 'pdf') return 'pdf';
    const actual = content.kind === 'binary' ? content.description : 'plain text';
    throw new DocumentRejectedError('mismatched-content', `${name} is named like a PDF, but its content is ${actual}.`);
  }
  if (content.kind === 'pdf') {
    throw new DocumentRejectedError('mismatched-content', `${name} is a PDF. Rename it to end in .pdf and add it again.`);
  }
  if (content.kind === 'binary') {
    const message = `${name} should be ${describeFormat(claimed)}, but its content is ${content.description}.`;
    throw new DocumentRejectedError('mismatched-content', message);
  }
  return content.looksLikeHtml ? 'html' : claimed;
}
