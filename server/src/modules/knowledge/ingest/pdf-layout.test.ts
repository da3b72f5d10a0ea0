import { describe, expect, it } from 'vitest';
import { PAGE_BREAK } from './pdf-layout';
import { pdfPagesToText } from './pdf-structure';

const page = (n: number, body: string) =>
  `Vite guide — Server options\nhttps://vite.dev/config/server-options\n${body}\nPrinted 12/03/2024\n${n}/3`;

describe('pdfPagesToText', () => {
  it('removes running headers and footers that repeat on most pages (digits normalised) and page counters', () => {
    const text = pdfPagesToText([
      page(1, 'The dev server listens on port 5173 by default and binds to localhost.'),
      page(2, 'Set server.host to true to listen on all addresses, including LAN ones.'),
      page(3, 'Use server.strictPort to exit if the port is already in use instead.'),
    ]);
    expect(text).not.toMatch(/Vite guide|https:|Printed|\d\/3/);
    expect(text.split(`\n\n${PAGE_BREAK}\n\n`)).toEqual([
      'The dev server listens on port 5173 by default and binds to localhost.',
      'Set server.host to true to listen on all addresses, including LAN ones.',
      'Use server.strictPort to exit if the port is already in use instead.',
    ]);
  });

  it('joins words hyphenated across line ends', () => {
    expect(pdfPagesToText(['The configu-\nration file is read at start-\nup.'])).toBe('The configuration file is read at startup.');
  });

  it('recovers numbered lines as # headings when every line is in one font', () => {
    const text = pdfPagesToText([
      '2 Server Options\nThe dev server can be configured in many ways for your local setup and needs.\n2.1 Port\nThe default port is 5173 unless it is already taken by another process.',
    ]);
    expect(text.split('\n\n')).toEqual([
      '# 2 Server Options',
      'The dev server can be configured in many ways for your local setup and needs.',
      '## 2.1 Port',
      'The default port is 5173 unless it is already taken by another process.',
    ]);
  });
});
