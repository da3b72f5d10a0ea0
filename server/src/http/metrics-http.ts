import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler, type Router } from 'express';
import type { AppMetrics } from '../infra/metrics/app-metrics';

/** The API's own paths keep their name as the route label; every other path is the client app or its assets. */
const ROUTE_GROUPS = new Map(
  ['graphql', 'uploads', 'webhooks', 'avatars', 'exports', 'healthz', 'readyz', 'metrics', 'dev'].map((name) => [name, `/${name}`]),
);

/** The route label of a path (no query string): its first segment when that is one of the API's, else `client`. */
export function routeGroupOf(path: string): string {
  const end = path.indexOf('/', 1);
  return ROUTE_GROUPS.get(end < 0 ? path.slice(1) : path.slice(1, end)) ?? 'client';
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function metricsHandler(metrics: AppMetrics, token: string | undefined): RequestHandler {
  return async (req, res) => {
    if (token !== undefined) {
      const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) {
        res.status(401).setHeader('WWW-Authenticate', 'Bearer').type('text/plain').send('A valid metrics token is required.\n');
        return;
      }
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/**
 * GET /metrics on the public port, for a scraper holding METRICS_TOKEN. Metrics name operations, queues and error
 * rates: useful to an attacker, so they are never served without the token on the public port.
 */
export function metricsRouter(metrics: AppMetrics, token: string): Router {
  const router = express.Router();
  router.get('/metrics', metricsHandler(metrics, token));
  return router;
}

/**
 * GET /metrics on an internal port of its own (METRICS_PORT, bound to METRICS_HOST, 127.0.0.1 by default), for
 * a scraper on the private network: no token, because the port is not published.
 */
export async function startMetricsServer(
  metrics: AppMetrics,
  host: string,
  port: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', metricsHandler(metrics, undefined));
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
