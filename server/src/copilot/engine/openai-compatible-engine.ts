import type { ChatCompletion, ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { type AnswerChunk, type AnswerEngine, type AnswerRequest, throwIfAborted } from './answer-engine';
import { buildChatMessages } from './chat-prompt';
import { CitationRenumberer } from './citation-markers';
import { EngineFailedError } from './engine-errors';
import { LlmHttpCall } from './llm-http-call';
import { type ServerSentEvent, SseParser } from './sse-parser';

export interface OpenAICompatibleEngineOptions {
  /** Up to and including the API version: "https://api.openai.com/v1", "http://localhost:11434/v1" (Ollama). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Longest wait for the first byte of the answer, then for each next piece. */
  timeoutMs: number;
  /** Longest silence once the answer has started; `timeoutMs` when unset. */
  idleTimeoutMs?: number;
  temperature?: number;
  /** Tests inject a fetch; production uses Node's. */
  fetchImpl?: typeof fetch;
}

const INVALID_STREAM = "The language model's answer was not valid streaming JSON";

/** JSON.parse, or the typed failure that says the server does not speak the protocol. */
function parseJson<T>(data: string): T {
  try {
    return JSON.parse(data) as T;
  } catch (error) {
    throw new EngineFailedError('invalid-stream', INVALID_STREAM, { cause: error });
  }
}

/** Servers report failures that happen after the 200 inside the stream: `data: {"error": {...}}`. */
function throwIfStreamError(payload: unknown): void {
  if (typeof payload !== 'object' || payload === null || !('error' in payload) || !payload.error) return;
  const { error } = payload;
  const message = typeof error === 'string' ? error : typeof error === 'object' && 'message' in error ? String(error.message) : '';
  throw new EngineFailedError('model-error', `The language model reported an error${message ? `: ${message}` : ''}`);
}

/**
 * The engine behind any server that speaks OpenAI's chat completions API with `stream: true`: OpenAI, Ollama, vLLM,
 * the llama.cpp server, LiteLLM. It sends the numbered passages with the question, streams the model's text as
 * deltas with citation markers renumbered in order of use, and ends with the citations it found.
 */
export function createOpenAICompatibleEngine(options: OpenAICompatibleEngineOptions): AnswerEngine {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  async function* answer(request: AnswerRequest): AsyncGenerator<AnswerChunk> {
    throwIfAborted(request.signal);
    const body: ChatCompletionCreateParamsStreaming = {
      model: options.model,
      messages: buildChatMessages(request),
      stream: true,
      temperature: options.temperature ?? 0.2,
    };
    const call = new LlmHttpCall({
      url,
      headers,
      body,
      timeoutMs: options.timeoutMs,
      idleTimeoutMs: options.idleTimeoutMs ?? options.timeoutMs,
      fetchImpl: options.fetchImpl ?? fetch,
      signal: request.signal,
    });
    const citations = new CitationRenumberer(request.passages.map((passage) => passage.id));
    try {
      const response = await call.open();
      for await (const text of modelText(call, response)) {
        const ready = citations.push(text);
        throwIfAborted(request.signal);
        if (ready) yield { type: 'delta', text: ready };
      }
      const rest = citations.flush();
      if (rest) yield { type: 'delta', text: rest };
      yield { type: 'citations', citations: citations.citations() };
    } finally {
      // Also runs when the consumer stops iterating early: the HTTP request must not outlive the answer.
      call.close();
    }
  }

  return { name: `openai-compatible:${options.model}`, answer };
}

/** The model's text, piece by piece, from an event stream (or, from servers that ignore `stream`, one JSON body). */
async function* modelText(call: LlmHttpCall, response: Response): AsyncGenerator<string> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('application/json')) {
    let body = '';
    for await (const text of call.text(response)) body += text;
    const completion = parseJson<ChatCompletion>(body);
    throwIfStreamError(completion);
    const content = completion.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new EngineFailedError('invalid-stream', INVALID_STREAM);
    yield content;
    return;
  }
  let sawEvent = false;
  let finished = false;
  for await (const event of serverSentEvents(call, response)) {
    sawEvent = true;
    if (event.data.trim() === '[DONE]') return;
    const chunk = parseJson<ChatCompletionChunk>(event.data);
    throwIfStreamError(chunk);
    if (!Array.isArray(chunk.choices)) throw new EngineFailedError('invalid-stream', INVALID_STREAM);
    const choice = chunk.choices[0];
    if (choice?.finish_reason) finished = true;
    if (typeof choice?.delta?.content === 'string' && choice.delta.content) yield choice.delta.content;
  }
  // Some servers end with a finish_reason and no [DONE]; an answer with neither was cut short.
  if (!sawEvent) throw new EngineFailedError('invalid-stream', INVALID_STREAM);
  if (!finished) {
    throw new EngineFailedError('interrupted', "The language model's answer was cut off: the stream ended before it finished.");
  }
}

async function* serverSentEvents(call: LlmHttpCall, response: Response): AsyncGenerator<ServerSentEvent> {
  const parser = new SseParser();
  for await (const text of call.text(response)) yield* parser.push(text);
  yield* parser.end();
}
