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
 */
export function securityHeaders(options: {
  isProduction: boolean;
  allowedOrigins: string[];
  /** Third parties the browser app may send to (the Sentry ingest host of SENTRY_DSN_BROWSER). */
  reportingOrigins?: string[];
}) {
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
