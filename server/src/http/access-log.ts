import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../infra/logging/logger';
import { redactUrl } from '../infra/logging/redact-url';
import { type RequestContext, runInRequestContext } from '../infra/logging/request-context';
import type { AppMetrics } from '../infra/metrics/app-metrics';
import { routeGroupOf } from './metrics-http';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id: the caller's X-Request-Id (up to 64 characters) or a fresh UUID; echoed in the response. */
    id: string;
  }
}

/** Headers whose values are credentials: the line says they were sent, not what they were. */
const SECRET_HEADERS = new Set(['cookie', 'authorization']);

/** The request's headers as the log line carries them: credentials redacted, the referring page without its query. */
function loggedHeaders(headers: IncomingHttpHeaders): Record<string, unknown> {
  const logged: Record<string, unknown> = {};
  for (const name in headers) logged[name] = SECRET_HEADERS.has(name) ? '[redacted]' : headers[name];
  // The page a request came from can be an invitation link too.
  if (typeof headers.referer === 'string') logged.referer = redactUrl(headers.referer.replace(/^https?:\/\/[^/]+/, ''));
  return logged;
}

/** Where the app's request log lines and HTTP latencies go: one per app (tests run several in one process). */
interface Sinks {
  logger: Logger;
  metrics: AppMetrics;
}

/** What a response's end needs of its request; kept on the response so its listeners are shared, not per request. */
interface Observed {
  sinks: Sinks;
  req: IncomingMessage;
  started: number;
  route: string;
  /** The path as logged (tokens redacted); undefined for health checks, which are not logged. */
  url: string | undefined;
  context: RequestContext;
}

const OBSERVED = Symbol('askbase.observedRequest');
const CONTEXT = Symbol('askbase.requestContext');
type ObservedResponse = ServerResponse & { [OBSERVED]: Observed };
type ContextCarrier = IncomingMessage & { [CONTEXT]?: RequestContext };

/** The request's log fields (user, workspace, operation), filled in by whoever learns them: GraphQL, for one. */
export function requestContextOf(req: IncomingMessage): RequestContext | undefined {
  return (req as ContextCarrier)[CONTEXT];
}

function writeLogLine(observed: Observed, statusCode: number): void {
  const { req, url, context } = observed;
  const { requestId: id, ...fields } = context;
  observed.sinks.logger.info(
    {
      req: { id, method: req.method, url, headers: loggedHeaders(req.headers), remoteAddress: req.socket.remoteAddress },
      res: { statusCode },
      responseTime: Math.round(performance.now() - observed.started),
      ...fields,
    },
    statusCode >= 500 ? 'request errored' : 'request completed',
  );
}

/**
 * The one listener of every response (`this` is the response): shared, so no closure is made per request, and
 * `close` alone, which comes right after `finish` or, for a connection cut first, instead of it. A response that
 * finished is timed into the metrics; every one but a health check gets its line.
 */
function onClose(this: ObservedResponse): void {
  const observed = this[OBSERVED];
  if (this.writableFinished) {
    observed.sinks.metrics.httpRequestSeconds.observe(
      { method: observed.req.method, route: observed.route, status: String(this.statusCode) },
      (performance.now() - observed.started) / 1000,
    );
  }
  if (observed.url !== undefined) writeLogLine(observed, this.statusCode);
}

/** The path of a request URL, without its query string. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/**
 * Per request: its id (X-Request-Id), its latency into askbase_http_request_duration_seconds (labelled by a bounded
 * route group), and one JSON line when its response ends (`request completed`, or `request errored` for a 5xx) with
 * the request id, path (tokens redacted), headers (credentials redacted), status, duration and the request context's
 * fields (user, workspace, operation). Health checks are timed, not logged.
 *
 * In place of pino-http, whose per-request child loggers serialised every request up to three times, and of two
 * middlewares with their own closures and listeners: together they were the largest cost of `{ __typename }`
 * besides GraphQL itself (bench/profile.ts).
 */
export function accessLog(logger: Logger, metrics: AppMetrics): RequestHandler {
  const sinks: Sinks = { logger, metrics };
  return (req, res, next) => {
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const id = (typeof given === 'string' && given.slice(0, 64)) || randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const context: RequestContext = { requestId: id };
    (req as ContextCarrier)[CONTEXT] = context;
    // Taken now: routers mounted on a prefix rewrite req.url while they run.
    const path = pathOf(req.url);
    const logged = path !== '/healthz' && path !== '/readyz';
    (res as unknown as ObservedResponse)[OBSERVED] = {
      sinks,
      req,
      started,
      route: routeGroupOf(path),
      url: logged ? redactUrl(req.originalUrl) : undefined,
      context,
    };
    res.on('close', onClose);
    runInRequestContext(context, next);
  };
}
