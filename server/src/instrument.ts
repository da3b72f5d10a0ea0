/**
 * Loaded before anything else by main.ts: OpenTelemetry and Sentry have to wrap http, express, pg and graphql before
 * they are first required, or they cannot trace them. With both OTEL_EXPORTER_OTLP_ENDPOINT and SENTRY_DSN,
 * OpenTelemetry starts first and owns tracing; Sentry then reports errors only, under the OpenTelemetry trace id.
 * A configuration error is left for main.ts to report.
 */
import { loadConfig } from './config/env';
import { initSentry } from './infra/error-reporting/sentry';
import { startTracing } from './infra/tracing/tracing';

try {
  const { sentry, tracing } = loadConfig();
  if (tracing) startTracing(tracing);
  if (sentry) initSentry(sentry, { openTelemetryOwnsTracing: tracing !== undefined });
} catch {
  // main.ts loads the configuration again and says what is wrong with it.
}
