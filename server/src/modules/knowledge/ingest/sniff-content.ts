/**
 * What a file really is, judged from its bytes: users rename files, and browsers derive the MIME type from the name,
 * so neither the extension nor the MIME type can be trusted on its own.
 */
export type SniffedContent =
  | { kind: 'pdf' }
  | { kind: 'binary'; description: string }
  | { kind: 'text'; text: string; looksLikeHtml: boolean };

const SIGNATURES: Array<{ bytes: number[]; offset?: number; description: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], description: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], description: 'a GIF image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, description: 'a WebP image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], description: 'a ZIP archive (or a Word, Excel or PowerPoint file)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], description: 'an old Microsoft Office file' },
  { bytes: [0x1f, 0x8b], description: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], description: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], description: 'a RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], description: 'a program' },
  { bytes: [0x4d, 0x5a], description: 'a program' },
  { bytes: [0x49, 0x44, 0x33], description: 'an audio file' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, description: 'a video file' },
];

// The PDF specification lets a few bytes of junk precede the header; readers look within the first kilobyte.
const PDF_HEADER = Buffer.from('%PDF-', 'latin1');
const SAMPLE_BYTES = 8192;

function matchesSignature(bytes: Buffer, signature: { bytes: number[]; offset?: number }): boolean {
  const offset = signature.offset ?? 0;
  return signature.bytes.every((byte, i) => bytes[offset + i] === byte);
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (€, curly quotes, dashes...). Node 20's TextDecoder decodes
// 'windows-1252' as plain Latin-1, so those 32 characters are mapped here (undefined positions stay as they are).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

function decodeUtf16(bytes: Buffer, littleEndian: boolean): string {
  return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
}

/** Text as the author most likely wrote it: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252. */
function decode(bytes: Buffer): { text: string; strictUtf8: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, true), strictUtf8: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, false), strictUtf8: true };
  try {
    // `ignoreBOM: false` (the default) drops a UTF-8 byte order mark.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), strictUtf8: true };
  } catch {
    // Spreadsheets and older editors still save Windows-1252 ("Latin-1"); it decodes any byte, so check it next.
    return { text: decodeWindows1252(bytes), strictUtf8: false };
  }
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

/** Real text has next to no control characters; binary data decoded as text is full of them. */
function looksLikeBinaryText(text: string, bytes: Buffer, strictUtf8: boolean): boolean {
  const sample = text.slice(0, SAMPLE_BYTES);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) controls++;
  if (controls / sample.length > 0.01) return true;
  if (strictUtf8) return false;
  // Not UTF-8: legacy-encoded prose has a few accented letters, random bytes are half high bytes.
  const head = bytes.subarray(0, SAMPLE_BYTES);
  let high = 0;
  for (const byte of head) if (byte >= 0x80) high++;
  return high / head.length > 0.3;
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

export function sniffContent(bytes: Buffer): SniffedContent {
  if (bytes.subarray(0, 1024).includes(PDF_HEADER)) return { kind: 'pdf' };
  const signature = SIGNATURES.find((candidate) => matchesSignature(bytes, candidate));
  if (signature) return { kind: 'binary', description: signature.description };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, SAMPLE_BYTES).includes(0)) return { kind: 'binary', description: 'binary data' };
  const { text, strictUtf8 } = decode(bytes);
  if (looksLikeBinaryText(text, bytes, strictUtf8)) return { kind: 'binary', description: 'binary data' };
  return { kind: 'text', text, looksLikeHtml: HTML_START.test(text.slice(0, 2048)) };
}
