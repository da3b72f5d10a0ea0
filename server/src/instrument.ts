/**
 * Loaded before anything else by main.ts: OpenTelemetry and Sentry have to wrap http, express, pg and graphql before
 * they are first required, or they cannot trace them. OpenTelemetry starts first and owns the OpenTelemetry globals;
 * Sentry (its own tracing, enableOpenTelemetrySetup left off) then only attaches its errors to the active
 * OpenTelemetry trace. A configuration error is left for main.ts to report.
 */
import { loadConfig } from './config/env';
import { initSentry } from './infra/error-reporting/sentry';
import { startTracing } from './infra/tracing/tracing';

try {
  const { sentry, tracing } = loadConfig();
  if (tracing) startTracing(tracing);
  if (sentry) initSentry(sentry, { joinOpenTelemetryTraces: tracing !== undefined });
} catch {
  // main.ts loads the configuration again and says what is wrong with it.
}
