import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Router } from 'express';

/** /healthz: the process is alive. /readyz: it can serve traffic (the database answers, not shutting down). */
export function healthRouter(orm: MikroORM, isShuttingDown: () => boolean): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting-down' });
      return;
    }
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  return router;
}
