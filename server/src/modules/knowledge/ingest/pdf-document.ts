import type { PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api';

/** A piece of text as pdf.js places it on the page, with the face it is printed in. */
export interface PdfTextRun {
  text: string;
  /** Left edge of the run, in points from the page's left edge. */
  x: number;
  /** Baseline, in points from the page's top edge (so it grows down the page, in reading order). */
  y: number;
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
  font: PdfFont;
}

export interface PdfFont {
  /** The font's PostScript name without the subset tag: "Helvetica-Bold", "SourceCodePro-Regular". */
  name: string;
  bold: boolean;
  monospace: boolean;
}

export type PdfReading = { kind: 'pages'; pages: PdfTextRun[][]; title: string | null } | { kind: 'encrypted' } | { kind: 'unreadable' };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

// pdf.js is an ES module: loaded on the first PDF only (extraction runs in a worker thread, one document each), and
// the legacy build because it carries the polyfills Node 20 needs.
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = () => {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
};

// Producers put placeholders in the Title field; a heading-less PDF is better named after its file than "Untitled".
const USELESS_TITLE = /^(?:untitled|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pptx?|xlsx?|pdf|odt))$/i;

function titleFromInfo(info: unknown): string | null {
  const title = typeof info === 'object' && info !== null && 'Title' in info ? info.Title : null;
  if (typeof title !== 'string') return null;
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean && !USELESS_TITLE.test(clean) ? clean : null;
}

const BOLD_NAME = /bold|black|heavy|semibold|demi/i;
const MONOSPACE_NAME = /mono|courier|consol|code|menlo|fixed|typewriter/i;

/**
 * What a page's fonts are. The text content only names pdf.js's loaded fonts ("g_d0_f3") and a generic family
 * ("monospace" when the font says it is fixed-pitch); the real name, which says bold, is in `commonObjs`, and pdf.js
 * puts fonts there only while building the page's operator list.
 */
async function pageFonts(page: PDFPageProxy, styles: Record<string, { fontFamily: string }>): Promise<Map<string, PdfFont>> {
  await page.getOperatorList();
  const fonts = new Map<string, PdfFont>();
  for (const [loadedName, style] of Object.entries(styles)) {
    const loaded: unknown = page.commonObjs.has(loadedName) ? page.commonObjs.get(loadedName) : null;
    const rawName = typeof loaded === 'object' && loaded !== null && 'name' in loaded && typeof loaded.name === 'string' ? loaded.name : '';
    const flaggedBold = typeof loaded === 'object' && loaded !== null && 'bold' in loaded && loaded.bold === true;
    // "ABCDEF+Inter-Bold": the six capitals are a subset tag, not part of the name.
    const name = rawName.replace(/^[A-Z]{6}\+/, '');
    fonts.set(loadedName, {
      name,
      bold: flaggedBold || BOLD_NAME.test(name),
      monospace: style.fontFamily === 'monospace' || MONOSPACE_NAME.test(name),
    });
  }
  return fonts;
}

const isTextItem = (item: object): item is TextItem => 'str' in item;

async function pageRuns(page: PDFPageProxy): Promise<PdfTextRun[]> {
  const content = await page.getTextContent();
  const items = content.items.filter(isTextItem).filter((item) => item.str.length > 0);
  // A scanned page has no text: skip the operator list, which would decode its images for nothing.
  if (items.length === 0) return [];
  const fonts = await pageFonts(page, content.styles);
  const pageHeight = page.view[3] ?? 0;
  const unknownFont: PdfFont = { name: '', bold: false, monospace: false };
  return items.map((item) => {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    return {
      text: item.str,
      x: e,
      y: pageHeight - f,
      width: item.width,
      // Rotated text still has its size along the text's vertical axis.
      size: Math.hypot(c, d) || Math.hypot(a, b),
      font: fonts.get(item.fontName) ?? unknownFont,
    };
  });
}

/**
 * The text of a PDF, run by run with positions and fonts, read with pdf.js. A password-protected file and a file
 * pdf.js cannot parse are reported as results rather than thrown, so the caller words the message.
 */
export async function readPdf(bytes: Buffer): Promise<PdfReading> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // A copy: pdf.js takes ownership of (detaches) the array it is given, and the caller still owns `bytes`.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false });
  try {
    const document = await task.promise;
    const pages: PdfTextRun[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(await pageRuns(page));
      page.cleanup();
    }
    const metadata = await document.getMetadata().catch(() => null);
    return { kind: 'pages', pages, title: titleFromInfo(metadata?.info) };
  } catch (error) {
    // pdf.js rebuilds its worker's errors on this side: their names, not their classes, say what happened. Only its
    // verdicts on the file itself blame the file; anything else is our problem and stays an error.
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { kind: 'encrypted' };
    if (name === 'InvalidPDFException' || name === 'FormatError') return { kind: 'unreadable' };
    throw error;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
