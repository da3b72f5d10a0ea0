import { percentile } from '../report';

export type OperationKind = 'query' | 'mutation' | 'question';

/** What the load process counted, sent to the bench process at the end. */
export interface LoadResult {
  minutes: Array<Record<OperationKind, { requests: number; p99Ms: number }>>;
  http5xx: number;
  /** Other answers that were not 2xx (a 429, a 400): not server faults, but not expected either. */
  httpOtherNon2xx: number;
  /** fetch threw: connection refused or reset, a body cut short. */
  transportErrors: number;
  /** 200 answers carrying GraphQL errors, by extensions.code. */
  graphqlErrors: Record<string, number>;
  /** Held subscriptions that errored, completed or lost their socket; answer streams that errored or stalled. */
  subscriptionErrors: number;
  subscriptionsHeld: number;
  usageEvents: number;
  answersDone: number;
  /** Answers that ended FAILED (a status, not a transport error). */
  answersFailed: number;
  /** The first few errors of any kind, word for word, for the report. */
  samples: string[];
}

const SAMPLES = 8;

/**
 * Counts every outcome of the soak's load, and the latency of each operation by the minute of the measured period
 * it started in (warm-up operations are counted for errors but not timed: they are what warm-up is for).
 */
export class Tally {
  private readonly latencies: Array<Record<OperationKind, number[]>>;
  readonly result: Omit<LoadResult, 'minutes'>;
  /** performance.now() when warm-up ends: set once the clients are connected and the documents seeded. */
  measureStartsAt = Number.POSITIVE_INFINITY;

  constructor(minutes: number) {
    this.latencies = Array.from({ length: minutes }, () => ({ query: [], mutation: [], question: [] }));
    this.result = {
      http5xx: 0,
      httpOtherNon2xx: 0,
      transportErrors: 0,
      graphqlErrors: {},
      subscriptionErrors: 0,
      subscriptionsHeld: 0,
      usageEvents: 0,
      answersDone: 0,
      answersFailed: 0,
      samples: [],
    };
  }

  /** Operations still running when the period ends count in its last minute. */
  latency(kind: OperationKind, startedAt: number, ms: number): void {
    if (startedAt < this.measureStartsAt) return;
    const minute = Math.min(this.latencies.length - 1, Math.floor((startedAt - this.measureStartsAt) / 60_000));
    this.latencies[minute]?.[kind].push(ms);
  }

  sample(what: string): void {
    if (this.result.samples.length < SAMPLES) this.result.samples.push(what.slice(0, 300));
  }

  graphqlError(code: string, message: string): void {
    this.result.graphqlErrors[code] = (this.result.graphqlErrors[code] ?? 0) + 1;
    this.sample(`GraphQL ${code}: ${message}`);
  }

  minute(index: number): Record<OperationKind, { requests: number; p99Ms: number }> {
    const of = (values: number[]) => ({ requests: values.length, p99Ms: Number(percentile(values, 99).toFixed(1)) });
    const minute = this.latencies[index] ?? { query: [], mutation: [], question: [] };
    return { query: of(minute.query), mutation: of(minute.mutation), question: of(minute.question) };
  }

  final(): LoadResult {
    return { ...this.result, minutes: this.latencies.map((_, index) => this.minute(index)) };
  }
}
