import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../infra/logging/logger';
import { redactUrl } from '../infra/logging/redact-url';
import { type RequestContext, runInRequestContext } from '../infra/logging/request-context';

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

/**
 * One JSON line per request when its response ends (`request completed`, or `request errored` for a 5xx), with the
 * request id, path (tokens redacted), headers (credentials redacted), status, duration and the request context's
 * fields (user, workspace, operation); and the request context itself, for everything the request runs.
 *
 * In place of pino-http, whose per-request child loggers serialised every request up to three times: this was the
 * largest cost of `{ __typename }` besides GraphQL itself (bench/profile.ts). Health checks are not logged.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const id = (typeof given === 'string' && given.slice(0, 64)) || randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const context: RequestContext = { requestId: id };
    if (req.url !== '/healthz' && req.url !== '/readyz') {
      // Taken now: routers mounted on a prefix rewrite req.url while they run.
      const url = redactUrl(req.originalUrl);
      const done = () => {
        res.off('finish', done);
        res.off('close', done);
        const { requestId: _id, ...fields } = context;
        const failed = res.statusCode >= 500;
        logger.info(
          {
            req: { id, method: req.method, url, headers: loggedHeaders(req.headers), remoteAddress: req.socket.remoteAddress },
            res: { statusCode: res.statusCode },
            responseTime: Math.round(performance.now() - started),
            ...fields,
          },
          failed ? 'request errored' : 'request completed',
        );
      };
      res.on('finish', done);
      res.on('close', done);
    }
    runInRequestContext(context, next);
  };
}
