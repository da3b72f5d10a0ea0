import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAppRouter } from './client-app';

// A built client in miniature: a chunk with its precompressed variants, and one without.
const CHUNK = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;
const INDEX_HTML = '<!doctype html><head><script type="module" src="/assets/main-abc123.js"></script></head><div id="root"></div>';
// As the client build writes it (client/vite-plugins/routePreloads.ts).
const ROUTE_PRELOADS = {
  routes: [
    { path: '/login', scripts: ['assets/LogInPage-aaa111.js', 'assets/Input-bbb222.js'], styles: [] },
    { path: '/w/:slug/chat/:conversationId', scripts: ['assets/ChatPage-ccc333.js'], styles: ['assets/ChatPage-ddd444.css'] },
    { path: '/*', scripts: ['assets/NotFoundPage-eee555.js'], styles: [] },
  ],
};
let dir: string;
let server: ReturnType<ReturnType<typeof express>['listen']>;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'askbase-client-app-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(path.join(dir, '.vite', 'route-preloads.json'), JSON.stringify(ROUTE_PRELOADS));
  writeFileSync(path.join(dir, 'assets', 'main-abc123.js'), CHUNK);
  writeFileSync(path.join(dir, 'assets', 'main-abc123.js.br'), brotliCompressSync(CHUNK));
  writeFileSync(path.join(dir, 'assets', 'main-abc123.js.gz'), gzipSync(CHUNK));
  writeFileSync(path.join(dir, 'assets', 'tiny-def456.js'), 'export {};\n');
  const app = express().use(clientAppRouter(dir).router);
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

// fetch() would decode the body itself: node:http shows the bytes as sent.
async function get(url: string, acceptEncoding?: string, accept?: string) {
  const { request } = await import('node:http');
  const headers = { ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }), ...(accept ? { accept } : {}) };
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(origin + url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('client assets', () => {
  it('sends the brotli variant to a browser that accepts it, as JavaScript, cached for a year', async () => {
    // What Chromium sends: gzip listed first.
    const res = await get('/assets/main-abc123.js', 'gzip, deflate, br, zstd');

    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.body).toString()).toBe(CHUNK);
  });

  it('falls back to gzip, then to the file itself', async () => {
    const gzipped = await get('/assets/main-abc123.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');

    const plain = await get('/assets/main-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(CHUNK);

    const refused = await get('/assets/main-abc123.js', 'br;q=0, gzip;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('serves a file without variants as it is, and still 404s for a missing chunk', async () => {
    const tiny = await get('/assets/tiny-def456.js', 'br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};\n');

    expect((await get('/assets/gone-000000.js', 'br')).status).toBe(404);
    // A variant is not addressable as a path of its own beyond what static serving already allowed.
    expect((await get('/assets/..%2Findex.html', 'br')).status).not.toBe(200);
  });
});

describe('index.html', () => {
  const page = async (url: string) => {
    const res = await get(url, undefined, 'text/html,application/xhtml+xml');
    return { ...res, html: res.body.toString() };
  };

  it("carries modulepreload hints for the chunks of the route asked for, in the head, and not another route's", async () => {
    const chat = await page('/w/acme/chat/8d6f0a52');

    expect(chat.status).toBe(200);
    expect(chat.headers['content-type']).toMatch(/^text\/html/);
    expect(chat.headers['cache-control']).toBe('no-cache');
    expect(chat.html).toBe(
      '<!doctype html><head><script type="module" src="/assets/main-abc123.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/ChatPage-ccc333.js">' +
        '<link rel="preload" as="style" crossorigin href="/assets/ChatPage-ddd444.css">' +
        '</head><div id="root"></div>',
    );

    const login = await page('/login');
    expect(login.html).toContain('<link rel="modulepreload" crossorigin href="/assets/LogInPage-aaa111.js">');
    expect(login.html).toContain('<link rel="modulepreload" crossorigin href="/assets/Input-bbb222.js">');
    expect(login.html).not.toContain('ChatPage');
  });

  it('sends any other address the catch-all route with its hints, as the client router renders it', async () => {
    const other = await page('/w/acme/chat/8d6f0a52/extra');
    expect(other.status).toBe(200);
    expect(other.html).toContain('NotFoundPage-eee555.js');
    expect(other.html).not.toContain('ChatPage');
  });
});
