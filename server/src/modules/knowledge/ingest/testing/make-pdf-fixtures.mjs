// Writes the PDF fixtures the extraction tests read: a text PDF, a password-protected one and an image-only
// "scan". Run it again only to change them: `node server/src/modules/knowledge/ingest/testing/make-pdf-fixtures.mjs`.
// pdfkit (a devDependency) writes real PDFs, including the /Encrypt dictionary, so the tests exercise pdf.js
// against files shaped like the ones users upload rather than hand-written approximations.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
// A fixed date keeps regenerated files byte-stable enough to review.
const info = (title) => ({ Title: title, Author: 'Askbase fixtures', CreationDate: new Date('2024-01-15T09:00:00Z') });

function render(title, options, draw) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A5', margin: 48, info: info(title), ...options });
    const chunks = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

function handbookText(doc) {
  doc.fontSize(16).text('Employee handbook');
  doc.moveDown();
  doc.fontSize(10);
  doc.text(
    'Every employee receives 25 days of paid vacation per calendar year. Vacation requests are approved by your ' +
      'manager in the HR portal at least two weeks before the first day off.',
  );
  doc.moveDown();
  doc.text(
    'Business expenses are reimbursed within 10 working days. Submit the receipt in the expenses app; ' +
      'purchases above EUR 500 need approval from the finance team first.',
  );
  doc.addPage();
  doc.text('Remote work is possible up to three days per week. The office in Lyon is open from 8 a.m. to 7 p.m.');
}

function pngChunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// A grey-scale "scanned page": dark bars where lines of text would be. Pixels only, so no text layer.
function scannedPagePng(width, height) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1); // first byte: filter type 0
    const inLine = y % 14 >= 4 && y % 14 <= 9 && y > 10 && y < height - 10;
    for (let x = 1; x <= width; x++) row[x] = inLine && x > 12 && x < width - 12 - ((y * 7) % 40) ? 40 : 245;
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grey-scale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const text = await render('Employee handbook', {}, handbookText);
// pdfVersion 1.7 makes pdfkit encrypt with AES-128; a user password means nobody can read it without it.
const encrypted = await render(
  'Employee handbook',
  { userPassword: 'open-sesame', ownerPassword: 'owner-secret', pdfVersion: '1.7' },
  handbookText,
);
const imageOnly = await render('Signed supplier contract', {}, (doc) => doc.image(scannedPagePng(240, 160), { width: 300 }));

writeFileSync(path.join(fixtures, 'handbook.pdf'), text);
writeFileSync(path.join(fixtures, 'handbook-encrypted.pdf'), encrypted);
writeFileSync(path.join(fixtures, 'scanned-image-only.pdf'), imageOnly);
console.warn(`wrote ${text.length}, ${encrypted.length} and ${imageOnly.length} bytes to ${fixtures}`);
