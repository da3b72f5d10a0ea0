import type { CreateEmbeddingResponse, EmbeddingCreateParams } from 'openai/resources/embeddings';
import { errorDetail, formatSeconds } from '../../copilot/engine/llm-http-call';

/** Turns texts into vectors that lie close together when the texts mean the same thing. */
export interface Embedder {
  /** Stored beside each vector: vectors of different models are never compared. */
  readonly model: string;
  /**
   * One unit-length vector per text, in the order given (a zero vector stays zero), so cosine similarity is a dot
   * product. Throws EmbeddingFailedError.
   */
  embed(texts: string[], options?: EmbedOptions): Promise<number[][]>;
}

export interface EmbedOptions {
  signal?: AbortSignal;
  /** Overrides the embedder's time-out for this call (a question must not wait as long as a background job). */
  timeoutMs?: number;
}

export type EmbeddingFailureReason = 'timeout' | 'unreachable' | 'http-error' | 'invalid-response' | 'wrong-dimensions' | 'aborted';

export class EmbeddingFailedError extends Error {
  constructor(
    readonly reason: EmbeddingFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EmbeddingFailedError';
  }
}

export interface OpenAICompatibleEmbedderOptions {
  /** Up to and including the API version: "https://api.openai.com/v1", "http://127.0.0.1:11434/v1" (Ollama). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per request (one batch), connecting and the whole body included. */
  timeoutMs: number;
  /** Texts per request. Small enough for local servers' request limits, large enough to amortise the round trip. */
  batchSize?: number;
  /** Tests inject a fetch; production uses Node's. */
  fetchImpl?: typeof fetch;
}

const DEFAULT_BATCH_SIZE = 32;
/** Passages are at most ~1,200 characters; this only guards a model's context window against an odd one. */
const MAX_INPUT_CHARS = 4000;

/**
 * `POST {baseUrl}/embeddings` with `{ model, input: string[] }` against any server that speaks OpenAI's embeddings
 * API (OpenAI, Ollama, vLLM, llama.cpp server, LiteLLM), in batches, with a time-out per request and the failure modes
 * told apart. Every vector of one embedder must have the same length: a server that changes models behind the
 * same name would otherwise put incomparable vectors side by side.
 */
export function createOpenAICompatibleEmbedder(options: OpenAICompatibleEmbedderOptions): Embedder {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/embeddings`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const fetchImpl = options.fetchImpl ?? fetch;
  let dimensions: number | undefined;

  async function embedBatch(texts: string[], embedOptions: EmbedOptions): Promise<number[][]> {
    const timeoutMs = embedOptions.timeoutMs ?? options.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = embedOptions.signal ? AbortSignal.any([embedOptions.signal, timeout]) : timeout;
    // Servers refuse empty strings; a blank passage still needs a vector (it matches nothing much).
    const input = texts.map((text) => text.slice(0, MAX_INPUT_CHARS).trim() || '.');
    const body: EmbeddingCreateParams = { model: options.model, input };
    let text: string;
    let status: number;
    try {
      const response = await fetchImpl(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
      status = response.status;
      text = await response.text();
      if (!response.ok) {
        const detail = errorDetail(text) || response.statusText;
        throw new EmbeddingFailedError('http-error', `The embeddings endpoint answered with HTTP ${status}${detail ? `: ${detail}` : ''}`);
      }
    } catch (error) {
      if (error instanceof EmbeddingFailedError) throw error;
      if (embedOptions.signal?.aborted) throw new EmbeddingFailedError('aborted', 'Embedding was stopped.', { cause: error });
      if (timeout.aborted) {
        throw new EmbeddingFailedError('timeout', `The embeddings endpoint did not answer within ${formatSeconds(timeoutMs)}`, {
          cause: error,
        });
      }
      throw new EmbeddingFailedError('unreachable', `The embeddings endpoint is unreachable (${networkCode(error)})`, { cause: error });
    }
    return vectorsFrom(text, texts.length);
  }

  function vectorsFrom(text: string, count: number): number[][] {
    let parsed: CreateEmbeddingResponse;
    try {
      parsed = JSON.parse(text) as CreateEmbeddingResponse;
    } catch (error) {
      throw new EmbeddingFailedError('invalid-response', 'The embeddings endpoint did not answer with JSON', { cause: error });
    }
    if (!Array.isArray(parsed?.data) || parsed.data.length !== count) {
      throw new EmbeddingFailedError('invalid-response', `The embeddings endpoint did not return ${count} embeddings`);
    }
    const vectors: number[][] = new Array(count);
    for (const [position, item] of parsed.data.entries()) {
      // `index` says which input a vector belongs to; servers that omit it answer in order.
      const index = typeof item?.index === 'number' ? item.index : position;
      const vector = item?.embedding;
      if (!Number.isInteger(index) || index < 0 || index >= count || vectors[index]) {
        throw new EmbeddingFailedError('invalid-response', 'The embeddings endpoint returned embeddings with wrong or repeated indexes');
      }
      if (!Array.isArray(vector) || vector.length === 0 || !vector.every((value) => typeof value === 'number' && Number.isFinite(value))) {
        throw new EmbeddingFailedError('invalid-response', 'The embeddings endpoint returned an embedding that is not a list of numbers');
      }
      dimensions ??= vector.length;
      if (vector.length !== dimensions) {
        throw new EmbeddingFailedError(
          'wrong-dimensions',
          `The embeddings endpoint returned a vector of ${vector.length} dimensions where model ${options.model} gave ${dimensions}`,
        );
      }
      vectors[index] = unitLength(vector);
    }
    return vectors;
  }

  return {
    model: options.model,
    async embed(texts, embedOptions = {}) {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        vectors.push(...(await embedBatch(texts.slice(start, start + batchSize), embedOptions)));
      }
      return vectors;
    },
  };
}

/** The vector scaled to length 1 (models differ on whether they normalise; cosine needs it either way). */
export function unitLength(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return norm > 0 ? vector.map((value) => value / norm) : vector.map(() => 0);
}

/** "ECONNREFUSED" from undici's `TypeError('fetch failed', { cause })`. */
function networkCode(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; errors?: Array<{ code?: unknown }> } | undefined) : undefined;
  const code = cause?.code ?? cause?.errors?.find((inner) => inner.code)?.code;
  if (typeof code === 'string' && code) return code;
  return error instanceof Error ? error.message : String(error);
}
