import { AnswerAbortedError, EngineFailedError } from './engine-errors';

export interface LlmHttpCallOptions {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  /** Until the first byte of the answer's body (connecting, queueing, loading the model included). */
  timeoutMs: number;
  /** Longest silence between two pieces of the body once it has started. */
  idleTimeoutMs: number;
  fetchImpl: typeof fetch;
  signal: AbortSignal;
}

type StopReason = 'caller' | 'first-byte-timeout' | 'idle-timeout' | 'closed';

const MAX_ERROR_DETAIL = 300;

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(1))} s`;
}

/** The useful part of an error body: OpenAI's `{ error: { message } }`, Ollama's `{ error }`, vLLM's `{ message }`. */
export function errorDetail(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) {
      const { error, message, detail } = parsed as Record<string, unknown>;
      const nested = typeof error === 'object' && error !== null ? (error as Record<string, unknown>).message : error;
      const found = [nested, message, detail].find((value) => typeof value === 'string' && value.trim());
      if (typeof found === 'string') return found.trim().slice(0, MAX_ERROR_DETAIL);
    }
  } catch {
    // Not JSON: a proxy's HTML page or plain text; its text will do.
  }
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ERROR_DETAIL);
}

/** "ECONNREFUSED" from undici's `TypeError('fetch failed', { cause })`, including an AggregateError cause. */
function networkCode(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; errors?: Array<{ code?: unknown }>; message?: unknown }) : undefined;
  const code = cause?.code ?? cause?.errors?.find((inner) => inner.code)?.code ?? cause?.message;
  if (typeof code === 'string' && code) return code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * One streamed POST to the model's server, with the failure modes told apart: the caller's abort, no first byte in
 * time, silence mid-answer, a refused connection, an HTTP error, a connection dropped mid-answer. One
 * AbortController carries all of them to fetch, so whichever happens, the socket is closed.
 */
export class LlmHttpCall {
  private readonly http = new AbortController();
  private stopReason: StopReason | null = null;
  private timer: NodeJS.Timeout | undefined;
  private readonly onCallerAbort = () => this.stop('caller');

  constructor(private readonly options: LlmHttpCallOptions) {
    options.signal.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  /** Sends the request and returns the response once its status says it is an answer. */
  async open(): Promise<Response> {
    if (this.options.signal.aborted) throw new AnswerAbortedError();
    this.arm('first-byte-timeout', this.options.timeoutMs);
    let response: Response;
    try {
      response = await this.options.fetchImpl(this.options.url, {
        method: 'POST',
        headers: this.options.headers,
        body: JSON.stringify(this.options.body),
        signal: this.http.signal,
      });
    } catch (error) {
      throw this.failure(error, 'connect');
    }
    if (!response.ok) {
      const body = await response.text().catch((error: unknown) => {
        throw this.failure(error, 'read');
      });
      const detail = errorDetail(body) || response.statusText;
      throw new EngineFailedError('http-error', `The language model answered with HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
    }
    return response;
  }

  /** The body as decoded text, piece by piece; the idle timeout starts with the first piece. */
  async *text(response: Response): AsyncGenerator<string> {
    if (!response.body) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read().catch((error: unknown) => {
          throw this.failure(error, 'read');
        });
        if (done) break;
        this.arm('idle-timeout', this.options.idleTimeoutMs);
        const text = decoder.decode(value, { stream: true });
        if (text) yield text;
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    } finally {
      reader.releaseLock();
    }
  }

  /** Stops everything: timers, the caller's listener, and the HTTP request if it is still open. Idempotent. */
  close(): void {
    this.stop('closed');
  }

  private arm(reason: StopReason, ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(reason), ms);
  }

  private stop(reason: StopReason): void {
    clearTimeout(this.timer);
    this.options.signal.removeEventListener('abort', this.onCallerAbort);
    this.stopReason ??= reason;
    this.http.abort();
  }

  private failure(error: unknown, phase: 'connect' | 'read'): Error {
    if (error instanceof EngineFailedError || error instanceof AnswerAbortedError) return error;
    switch (this.stopReason) {
      case 'caller':
      case 'closed':
        return new AnswerAbortedError();
      case 'first-byte-timeout':
        return new EngineFailedError('timeout', `The language model did not answer within ${formatSeconds(this.options.timeoutMs)}`);
      case 'idle-timeout':
        return new EngineFailedError('timeout', `The language model stopped answering for ${formatSeconds(this.options.idleTimeoutMs)}`);
    }
    if (phase === 'connect') {
      return new EngineFailedError('unreachable', `The language model endpoint is unreachable (${networkCode(error)})`, { cause: error });
    }
    return new EngineFailedError('interrupted', "The language model's answer was cut off: the connection closed before it finished.", {
      cause: error,
    });
  }
}
