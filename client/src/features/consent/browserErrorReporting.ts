import { whenConsented } from './consent';

/** What GET /client-config.json says about browser error reporting (SENTRY_DSN_BROWSER on the server). */
export interface ErrorReportingConfig {
  sentry: { dsn: string; environment: string } | null;
}

/** The part of Sentry's browser SDK used here, so tests can pass their own. */
export interface BrowserSentry {
  init(options: { dsn: string; environment: string; sendDefaultPii: boolean }): unknown;
}

export interface ErrorReportingDeps {
  fetchConfig(): Promise<ErrorReportingConfig>;
  loadSentry(): Promise<BrowserSentry>;
}

const defaultDeps: ErrorReportingDeps = {
  fetchConfig: async () => {
    const response = await fetch('/client-config.json', { credentials: 'same-origin' });
    return response.ok ? ((await response.json()) as ErrorReportingConfig) : { sentry: null };
  },
  // A chunk of its own: nobody downloads Sentry's SDK before allowing error reporting, or when it is not configured.
  loadSentry: () => import('@sentry/react'),
};

/**
 * Starts Sentry's browser SDK once the user allows "error reporting" in the cookie banner (now, or whenever they do)
 * and only if the deployment configured a browser DSN. Nothing is fetched or loaded before that choice.
 */
export function startBrowserErrorReporting(deps: ErrorReportingDeps = defaultDeps): () => void {
  return whenConsented('errorReporting', async () => {
    const config = await deps.fetchConfig().catch(() => ({ sentry: null }));
    if (!config.sentry) return;
    const Sentry = await deps.loadSentry();
    // No cookies, headers or IP address: the user id is the most Sentry learns, and only from what we attach.
    Sentry.init({ dsn: config.sentry.dsn, environment: config.sentry.environment, sendDefaultPii: false });
  });
}
