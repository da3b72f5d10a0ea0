import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a cached query (~1 ms) to a slow copilot stream start (~10 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** How an answer ended: the message statuses it can finish with. */
export type AnswerOutcome = 'DONE' | 'STOPPED' | 'FAILED';

export interface AppMetricsOptions {
  /** Jobs waiting per queue, read when /metrics is scraped (not on every job). */
  queueDepth?: () => Promise<Record<string, number>>;
}

/**
 * Every Prometheus series the server exports, in one registry per app instance (tests run several instances in
 * one process, and the default global registry would mix them). Label values come from small fixed sets (route
 * groups, operation names of the schema, error codes) so the number of series stays bounded.
 */
export class AppMetrics {
  readonly registry = new Registry();

  readonly httpRequestSeconds = new Histogram({
    name: 'askbase_http_request_duration_seconds',
    help: 'HTTP requests by method, route group and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly operationSeconds = new Histogram({
    name: 'askbase_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'askbase_graphql_errors_total',
    help: 'Errors returned to GraphQL clients, by their extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly openWebSockets = new Gauge({
    name: 'askbase_websocket_connections',
    help: 'Open graphql-ws connections.',
    registers: [this.registry],
  });

  readonly activeSubscriptions = new Gauge({
    name: 'askbase_subscriptions_active',
    help: 'Subscriptions running over graphql-ws.',
    registers: [this.registry],
  });

  readonly copilotFirstChunkSeconds = new Histogram({
    name: 'askbase_copilot_time_to_first_chunk_seconds',
    help: 'From the question accepted to the first chunk of its answer stored and published (server side).',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly answers = new Counter({
    name: 'askbase_copilot_answers_total',
    help: 'Copilot answers finished, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: AppMetricsOptions = {}) {
    collectDefaultMetrics({ register: this.registry, prefix: 'askbase_' });
    const { queueDepth } = options;
    if (queueDepth) {
      new Gauge({
        name: 'askbase_job_queue_depth',
        help: 'Background jobs waiting to run, by queue.',
        labelNames: ['queue'] as const,
        registers: [this.registry],
        async collect() {
          this.reset();
          for (const [queue, depth] of Object.entries(await queueDepth())) this.set({ queue }, depth);
        },
      });
    }
  }
}
