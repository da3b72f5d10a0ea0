/**
 * The one place that imports `@sentry/node`. Sentry is optional: without SENTRY_DSN nothing is initialised and
 * reporting is a no-op. With it, unexpected errors (the ones clients see masked as INTERNAL_SERVER_ERROR) are sent
 * with the request id, user, workspace and operation of the request they happened in, and a sample of requests is
 * traced.
 */
import { DriverException } from '@mikro-orm/core';
import type * as SentryModule from '@sentry/node';
import { currentRequestContext, keepRequestContextAmbient } from '../logging/request-context';

// Loaded by initSentry only: without SENTRY_DSN the SDK (≈ 0.75 s of `require` on a start here, most of the
// start-up of a later run) is never loaded.
let Sentry: typeof SentryModule | undefined;

export interface SentryOptions {
  dsn: string;
  environment: string;
  release: string | undefined;
  /** 0 to 1: the share of requests traced. */
  tracesSampleRate: number;
}

/**
 * Must run before the modules it instruments (http, express, pg, graphql) are loaded: main.ts imports
 * `instrument.ts` first for this reason.
 */
export function initSentry(options: SentryOptions, { openTelemetryOwnsTracing = false } = {}): void {
  // A synchronous require, not import(): the SDK must wrap http, express, pg and graphql before they load.
  Sentry = require('@sentry/node') as typeof SentryModule;
  // Reports are tagged with the ids of the request they happened in (reportUnexpectedError).
  keepRequestContextAmbient();
  Sentry.init({
    dsn: options.dsn,
    environment: options.environment,
    release: options.release,
    // null, not undefined: the SDK reads SENTRY_TRACES_SAMPLE_RATE itself when the option is undefined, and `null`
    // is what it takes as "no tracing" (its option type only admits a number).
    tracesSampleRate: openTelemetryOwnsTracing ? (null as unknown as undefined) : options.tracesSampleRate,
    // Cookies, headers (Authorization), bodies, GraphQL variables, query parameters and SQL parameters hold sessions,
    // tokens, passwords and documents: none of it is sent. The user is only the id we set below.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      graphQL: { document: true, variables: false },
      databaseQueryData: false,
      genAI: { inputs: false, outputs: false },
      queues: false,
    },
    // With OTEL_EXPORTER_OTLP_ENDPOINT too, OpenTelemetry owns tracing: Sentry sends errors only (tracing off above:
    // a span of Sentry's own would take precedence and start a second, unrelated trace), each filed under the trace
    // id of the OpenTelemetry trace it happened in.
    ...(openTelemetryOwnsTracing ? { integrations: [Sentry.openTelemetryIntegration()] } : {}),
  });
}

/**
 * MikroORM's database errors carry the whole SQL statement with its values inlined ("select … where email = '…' -
 * relation does not exist"): the statement may hold personal data, so only PostgreSQL's own reason is sent.
 */
function withoutStatement(error: unknown): unknown {
  if (!(error instanceof DriverException)) return error;
  const separator = error.message.lastIndexOf(' - ');
  if (separator < 0) return error;
  const reason = error.message.slice(separator + 3);
  const scrubbed = new Error(reason);
  scrubbed.name = error.name;
  const frames = error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')) ?? [];
  scrubbed.stack = [`${error.name}: ${reason}`, ...frames].join('\n');
  return scrubbed;
}

/** Sends an unexpected error to Sentry, tagged with the current request's ids; does nothing without SENTRY_DSN. */
export function reportUnexpectedError(error: unknown): void {
  const sentry = Sentry;
  if (!sentry?.isInitialized()) return;
  const request = currentRequestContext();
  sentry.withScope((scope) => {
    if (request) {
      scope.setTag('request_id', request.requestId);
      if (request.operation) scope.setTag('operation', request.operation);
      if (request.workspaceId) scope.setTag('workspace_id', request.workspaceId);
      if (request.userId) scope.setUser({ id: request.userId });
    }
    sentry.captureException(withoutStatement(error));
  });
}

/** Waits (up to `timeoutMs`) for reports still being sent, so a shutdown does not lose them. */
export async function flushErrorReports(timeoutMs: number): Promise<void> {
  if (Sentry?.isInitialized()) await Sentry.flush(timeoutMs);
}
