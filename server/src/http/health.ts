import express, { type Router } from 'express';
import pg from 'pg';

/** How long /readyz waits for the database before saying it is not ready: probes expect an answer within a second. */
export const READINESS_TIMEOUT_MS = 800;

/**
 * Connects and runs `select 1` on a connection of its own, never a pooled one: a paused database would keep a
 * pooled connection busy for as long as it is paused, and every probe would take another. pg's own time-outs
 * bound both the connect and the query, and the connection is dropped either way.
 */
async function databaseAnswers(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: READINESS_TIMEOUT_MS,
    query_timeout: READINESS_TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    // end() waits for the server's goodbye, which a paused server never sends: do not wait for it.
    void client.end().catch(() => undefined);
  }
}

/** /healthz: the process is alive. /readyz: it can serve traffic (the database answers in time, not shutting down). */
export function healthRouter(databaseUrl: string, isShuttingDown: () => boolean): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting-down' });
      return;
    }
    if (await databaseAnswers(databaseUrl)) res.json({ status: 'ready', database: 'ok' });
    else res.status(503).json({ status: 'unavailable', database: 'unreachable' });
  });
  return router;
}
