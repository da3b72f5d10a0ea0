import helmet from 'helmet';

/**
 * Strict headers for everything served. Scripts only from our own origin (the client bundle, GraphiQL included);
 * inline styles are allowed because Mantine injects its CSS variables at run time; workers from blob: for Monaco.
 */
export function securityHeaders(options: { isProduction: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
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
