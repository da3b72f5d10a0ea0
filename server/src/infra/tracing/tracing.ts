/**
 * The tracing seam: OpenTelemetry traces over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing otherwise. This
 * file imports nothing of OpenTelemetry: the SDK, its instrumentations and exporter are loaded by `startTracing`
 * only, so a server without the variable never loads them. The rest of the app talks to this file, never to the SDK.
 */
import type { TracingConfig } from '../../config/env';
import { keepRequestContextAmbient } from '../logging/request-context';

/** What code may do with a span of its own: attributes only, never values from users (questions, documents, tokens). */
export interface TraceSpan {
  setAttribute(key: string, value: string | number | boolean): void;
}

/** The SDK side, set by opentelemetry-sdk.ts once it runs. */
export interface Tracing {
  /** The active span's ids, for log lines; empty without one. */
  activeIds(): { trace_id?: string; span_id?: string };
  inSpan<T>(name: string, attributes: Record<string, string>, run: (span: TraceSpan) => Promise<T>): Promise<T>;
  /** Exports the spans still buffered and stops exporting. */
  shutdown(timeoutMs: number): Promise<void>;
}

/** Where the SDK's own complaints go (a collector that cannot be reached, say). */
export interface TracingProblems {
  warn(message: string): void;
  error(message: string): void;
}

let tracing: Tracing | undefined;
const noSpan: TraceSpan = { setAttribute: () => undefined };
// Until main.ts has a logger: the SDK starts before it.
let problems: TracingProblems = { warn: (message) => console.warn(message), error: (message) => console.error(message) };

/** main.ts hands its logger over once it exists, so an export that fails shows up in the app's logs. */
export function reportTracingProblemsTo(sink: TracingProblems): void {
  problems = sink;
}

export function tracingProblems(): TracingProblems {
  return problems;
}

/**
 * Must run before the modules it instruments (http, express, graphql, pg) are first required: instrument.ts calls
 * it first. Synchronous on purpose (a `require`, not `import()`): an instrumentation registered one tick later
 * would miss the modules main.ts loads meanwhile.
 */
export function startTracing(config: TracingConfig): void {
  if (tracing) return;
  // Spans are stamped with the ids of the request they belong to (request-span-attributes.ts).
  keepRequestContextAmbient();
  const sdk = require('./opentelemetry-sdk') as typeof import('./opentelemetry-sdk');
  tracing = sdk.startOpenTelemetry(config);
}

export function tracingStarted(): boolean {
  return tracing !== undefined;
}

/** pino's mixin: `trace_id` and `span_id` on every log line written while a span is active, so logs join traces. */
export function activeTraceIds(): { trace_id?: string; span_id?: string } {
  return tracing ? tracing.activeIds() : {};
}

/** Runs `run` inside a span of its own (a child of the active one); without tracing, just runs it. */
export function inSpan<T>(name: string, attributes: Record<string, string>, run: (span: TraceSpan) => Promise<T>): Promise<T> {
  return tracing ? tracing.inSpan(name, attributes, run) : run(noSpan);
}

/** Sends the spans still buffered (up to `timeoutMs`), so a shutdown does not lose the last requests' traces. */
export async function flushTraces(timeoutMs: number): Promise<void> {
  await tracing?.shutdown(timeoutMs);
}
