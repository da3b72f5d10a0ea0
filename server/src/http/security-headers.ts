import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The origins the browser app may call: HTTP(S) for the API and WS(S) for subscriptions. */
function connectSources(origins: string[]): string[] {
  return origins.flatMap((origin) => [origin, origin.replace(/^http/, 'ws')]);
}

/**
 * Strict headers for everything served. Scripts only from our own origin (the client bundle, GraphiQL included);
 * inline styles are allowed because Mantine injects its CSS variables at run time; workers from blob: for Monaco.
 * Images only from our origin and data:/blob: URLs: a document's `![x](https://…)` must not make the reader's
 * browser call a third party (answers render such images as links, and this is the second line). Connections only
 * to our origin and the configured ones.
 *
 * The headers are the same for every response (no per-request nonces), so helmet's dozen middlewares run once at
 * start-up and each request only sets the result: helmet per request was a visible share of a small request's time.
 */
export function securityHeaders(options: {
  isProduction: boolean;
  allowedOrigins: string[];
  /** Third parties the browser app may send to (the Sentry ingest host of SENTRY_DSN_BROWSER). */
  reportingOrigins?: string[];
}): RequestHandler {
  const headers = headersSetBy(helmetFor(options));
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** What a header middleware sets on a response (it must not depend on the request, which it does not get). */
function headersSetBy(middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void) {
  const headers = new Map<string, string | number | readonly string[]>();
  const response = { setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name, value), removeHeader() {} };
  let finished = false;
  middleware({ headers: {} } as IncomingMessage, response as unknown as ServerResponse, (error) => {
    if (error) throw error;
    finished = true;
  });
  // helmet runs synchronously; if a later version did not, the headers would be silently incomplete.
  if (!finished) throw new Error('the security header middleware did not finish synchronously');
  return [...headers];
}

function helmetFor(options: Parameters<typeof securityHeaders>[0]) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...connectSources(options.allowedOrigins), ...(options.reportingOrigins ?? [])],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only where TLS is guaranteed; on http://localhost it would pin the browser to https.
    strictTransportSecurity: options.isProduction,
    crossOriginEmbedderPolicy: false,
  });
}
