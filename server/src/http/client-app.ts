import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { routeHtml } from './route-preloads';

const wantsHtml = (req: Request) => req.accepts(['json', 'html']) === 'html';

/**
 * Serves the built client: hashed assets with long caching, `index.html` for every other browser route (the SPA
 * decides what to show, including its 404) with preload hints for that route's chunks, and GraphiQL for a browser
 * that opens /graphql.
 */
export function clientAppRouter(distDir: string): { router: Router; playground: (req: Request, res: Response, next: () => void) => void } {
  const router = express.Router();
  const indexHtml = path.join(distDir, 'index.html');
  const playgroundHtml = path.join(distDir, 'playground.html');
  const built = existsSync(indexHtml);
  // Read once: the built client does not change while the server runs.
  const htmlFor = built ? routeHtml(distDir, readFileSync(indexHtml, 'utf8')) : undefined;

  const assetsDir = path.join(distDir, 'assets');
  router.use('/assets', precompressedVariants(assetsDir));
  router.use('/assets', express.static(assetsDir, { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  router.get('/{*path}', (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!htmlFor) {
      res.status(503).type('text/plain').send('The client is not built yet: run `npm run build` (npm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    // With hints for the chunks of the page asked for, so they load beside the entry chunk (see route-preloads).
    res.type('html').send(htmlFor(req.path));
  });

  const playground = (req: Request, res: Response, next: () => void) => {
    if (req.method !== 'GET' || !wantsHtml(req) || !existsSync(playgroundHtml)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(playgroundHtml);
  };
  return { router, playground };
}

/** Preferred first: brotli is ~10 % smaller than gzip on the app's chunks. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves `x.js.br` or `x.js.gz` (written by the client build beside `x.js`) as `x.js` to a browser that accepts the
 * encoding: the chunks are compressed once at build time, not on every request, and never sent uncompressed to a
 * browser that could take less. The files are listed once at start-up: the built assets do not change while the
 * server runs, and no request path reaches the file system here.
 */
function precompressedVariants(assetsDir: string): RequestHandler {
  const files = existsSync(assetsDir) ? new Set(readdirSync(assetsDir)) : new Set<string>();
  const variants = new Map<string, (typeof ENCODINGS)[number][]>();
  for (const file of files) {
    const available = ENCODINGS.filter((encoding) => files.has(file + encoding.suffix));
    if (available.length > 0) variants.set(`/${file}`, available);
  }

  return (req, res, next) => {
    const available = req.method === 'GET' || req.method === 'HEAD' ? variants.get(req.path) : undefined;
    if (!available) return next();
    // Shared caches must keep the encodings apart, including the uncompressed answer.
    res.vary('Accept-Encoding');
    // Our preference, among those the browser accepts: browsers list gzip before br, and equal weights go by that order.
    const encoding = available.find((candidate) => req.acceptsEncodings(candidate.name) === candidate.name);
    if (!encoding) return next();
    // The type of the file asked for, not of `.br`; express.static keeps a Content-Type already set.
    res.type(path.extname(req.path));
    res.setHeader('Content-Encoding', encoding.name);
    req.url = req.path + encoding.suffix;
    next();
  };
}
