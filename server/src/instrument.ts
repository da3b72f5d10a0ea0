/**
 * Loaded before anything else by main.ts: Sentry has to wrap http, express, pg and graphql before they are first
 * required, or it cannot trace them. A configuration error is left for main.ts to report.
 */
import { loadConfig } from './config/env';
import { initSentry } from './infra/error-reporting/sentry';

try {
  const { sentry } = loadConfig();
  if (sentry) initSentry(sentry);
} catch {
  // main.ts loads the configuration again and says what is wrong with it.
}
