import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler, type Router } from 'express';
import type { AppMetrics } from '../infra/metrics/app-metrics';

/** The API's own paths keep their name as the route label; every other path is the client app or its assets. */
const ROUTE_GROUPS = ['graphql', 'uploads', 'webhooks', 'avatars', 'exports', 'healthz', 'readyz', 'metrics', 'dev'];

export function routeGroupOf(path: string): string {
  const first = path.split('/')[1] ?? '';
  return ROUTE_GROUPS.includes(first) ? `/${first}` : 'client';
}

/** Times every HTTP request into askbase_http_request_duration_seconds, labelled by a bounded route group. */
export function httpMetrics(metrics: AppMetrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpRequestSeconds.startTimer();
    // Taken now: routers mounted on a prefix rewrite req.url while they run.
    const route = routeGroupOf(req.path);
    res.once('finish', () => end({ method: req.method, route, status: String(res.statusCode) }));
    next();
  };
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
