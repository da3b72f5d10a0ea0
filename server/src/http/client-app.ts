import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';

const wantsHtml = (req: Request) => req.accepts(['json', 'html']) === 'html';

/**
 * Serves the built client: hashed assets with long caching, `index.html` for every other browser route (the SPA
 * decides what to show, including its 404), and GraphiQL for a browser that opens /graphql.
 */
export function clientAppRouter(distDir: string): { router: Router; playground: (req: Request, res: Response, next: () => void) => void } {
  const router = express.Router();
  const indexHtml = path.join(distDir, 'index.html');
  const playgroundHtml = path.join(distDir, 'playground.html');
  const built = existsSync(indexHtml);

  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  router.get('/{*path}', (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!built) {
      res.status(503).type('text/plain').send('The client is not built yet: run `npm run build` (npm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });

  const playground = (req: Request, res: Response, next: () => void) => {
    if (req.method !== 'GET' || !wantsHtml(req) || !existsSync(playgroundHtml)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(playgroundHtml);
  };
  return { router, playground };
}
