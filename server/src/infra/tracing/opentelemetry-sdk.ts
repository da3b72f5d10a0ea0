/**
 * The one place that loads the OpenTelemetry SDK, required by tracing.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is
 * set. The exporter reads the standard OTLP variables itself (OTEL_EXPORTER_OTLP_ENDPOINT or _TRACES_ENDPOINT,
 * _HEADERS, _TIMEOUT), the provider the sampler and batch ones (OTEL_TRACES_SAMPLER, OTEL_BSP_*), and the resource
 * OTEL_RESOURCE_ATTRIBUTES.
 */
import { DiagLogLevel, diag, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from '../../config/env';
import { RequestSpanAttributes } from './request-span-attributes';
import { type Tracing, tracingProblems } from './tracing';

/** Probes and scrapes: every few seconds from every orchestrator, and nothing to learn from their traces. */
const UNTRACED_PATHS = /^\/(healthz|readyz|metrics)(\?|$)/;

export function startOpenTelemetry(config: TracingConfig): Tracing {
  // Silent by default: without this, an unreachable collector would lose every trace without a word.
  const ignore = () => undefined;
  diag.setLogger(
    {
      error: (message) => tracingProblems().error(`OpenTelemetry: ${message}`),
      warn: (message) => tracingProblems().warn(`OpenTelemetry: ${message}`),
      info: ignore,
      debug: ignore,
      verbose: ignore,
    },
    DiagLogLevel.WARN,
  );
  const exporter = config.protocol === 'http/json' ? new OtlpJsonExporter() : new OtlpProtobufExporter();
  const provider = new NodeTracerProvider({
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (read by envDetector) win over the default name.
    resource: resourceFromAttributes({ 'service.name': config.serviceName }).merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [new RequestSpanAttributes(), new BatchSpanProcessor(exporter)],
  });
  // The global tracer provider, AsyncLocalStorage context and W3C trace-context propagation (traceparent).
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Headers are never recorded (no headersToSpanAttributes): they carry the session cookie and Authorization.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
        // Outgoing calls (LLM, embeddings, Stripe) are traced inside a request or an answer, not on their own.
        requireParentforOutgoingSpans: true,
      }),
      // Route handlers only: a span per middleware (helmet, cors, body parser…) would bury the useful ones.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      // Parse, validate and execute with the operation's name and type; the document has its literal values
      // replaced by "*" (allowValues: false), and variables are never recorded. No span per field resolver.
      new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
      // Statement text with $1 placeholders only (no enhancedDatabaseReporting: no parameter values); the job
      // queue's polling outside any request starts no trace of its own.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true, ignoreConnectSpans: true }),
    ],
  });
  const tracer = trace.getTracer('askbase');
  return {
    activeIds() {
      const span = trace.getActiveSpan();
      if (!span) return {};
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
    inSpan(name, attributes, run) {
      return tracer.startActiveSpan(name, { attributes }, async (span) => {
        try {
          return await run(span);
        } catch (error) {
          // The status only: an error's message may quote what a user wrote.
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw error;
        } finally {
          span.end();
        }
      });
    },
    async shutdown(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        timer.unref();
      });
      await Promise.race([provider.shutdown().catch(() => undefined), expired]);
      clearTimeout(timer);
    },
  };
}
