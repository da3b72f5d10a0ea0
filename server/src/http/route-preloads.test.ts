import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { routeHtml } from './route-preloads';

const INDEX_HTML = '<html><head><title>Askbase</title></head><body></body></html>';
const dirs: string[] = [];

function builtClient(routes: { path: string; scripts: string[]; styles?: string[] }[] | null) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'askbase-route-preloads-'));
  dirs.push(dir);
  if (routes) {
    mkdirSync(path.join(dir, '.vite'));
    const file = { routes: routes.map((route) => ({ styles: [], ...route })) };
    writeFileSync(path.join(dir, '.vite', 'route-preloads.json'), JSON.stringify(file));
  }
  return routeHtml(dir, INDEX_HTML);
}

const hinted = (html: string) => [...html.matchAll(/href="\/assets\/([^"]+)"/g)].map((match) => match[1]);

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('routeHtml', () => {
  const htmlFor = builtClient([
    { path: '/w/:slug', scripts: ['assets/Home.js'] },
    { path: '/w/:slug/chat', scripts: ['assets/NewChat.js'] },
    { path: '/w/:slug/chat/:conversationId', scripts: ['assets/Chat.js'] },
    { path: '/w/:slug/settings', scripts: ['assets/Settings.js'] },
    { path: '/w/:slug/:section', scripts: ['assets/Section.js'] },
    { path: '/*', scripts: ['assets/NotFound.js'] },
  ]);

  it('matches as the client router does: parameters take one segment, a static segment wins over a parameter', () => {
    expect(hinted(htmlFor('/w/acme'))).toEqual(['Home.js']);
    expect(hinted(htmlFor('/w/acme/'))).toEqual(['Home.js']);
    expect(hinted(htmlFor('/w/acme/chat'))).toEqual(['NewChat.js']);
    expect(hinted(htmlFor('/w/acme/chat/42'))).toEqual(['Chat.js']);
    expect(hinted(htmlFor('/w/acme/settings'))).toEqual(['Settings.js']);
    expect(hinted(htmlFor('/W/acme/Settings'))).toEqual(['Settings.js']);
    expect(hinted(htmlFor('/w/acme/reports'))).toEqual(['Section.js']);
    expect(hinted(htmlFor('/nowhere/at/all'))).toEqual(['NotFound.js']);
    expect(hinted(htmlFor('/w/%E0%A4%A'))).toEqual([]);
  });

  it('puts the hints at the end of the head and returns the same string for the same route', () => {
    const html = htmlFor('/w/acme/chat/42');
    expect(html).toBe(
      '<html><head><title>Askbase</title><link rel="modulepreload" crossorigin href="/assets/Chat.js"></head><body></body></html>',
    );
    expect(htmlFor('/w/other/chat/43')).toBe(html);
  });

  it('skips a route given twice or written in a syntax the router does not take, and still serves the others', () => {
    const htmlFor = builtClient([
      { path: '/w/:slug/chat', scripts: ['assets/NewChat.js'] },
      { path: '/w/:slug/chat', scripts: ['assets/Other.js'] },
      { path: '/w/:slug/(broken', scripts: ['assets/Broken.js'] },
      { path: '/w/:slug/settings', scripts: ['assets/Settings.js'] },
    ]);
    expect(hinted(htmlFor('/w/acme/chat'))).toEqual(['NewChat.js']);
    expect(hinted(htmlFor('/w/acme/settings'))).toEqual(['Settings.js']);
  });

  it('serves index.html as it is without the build file, or for a route with nothing to preload', () => {
    expect(builtClient(null)('/w/acme/chat/42')).toBe(INDEX_HTML);
    expect(builtClient([{ path: '/login', scripts: [] }])('/login')).toBe(INDEX_HTML);
  });
});
