import express, { type Router } from 'express';

/** What the browser app needs to know about this deployment, fetched only when it needs it. */
export interface ClientConfig {
  /** Set with SENTRY_DSN_BROWSER: the app loads Sentry only after the user allowed error reporting. */
  sentry: { dsn: string; environment: string } | null;
}

/** GET /client-config.json: public (a browser DSN is a public key by design), never cached across deployments. */
export function clientConfigRouter(config: ClientConfig): Router {
  const router = express.Router();
  router.get('/client-config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(config);
  });
  return router;
}
