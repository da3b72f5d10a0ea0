import type { AnswerEngine } from './answer-engine';
import { createExtractiveEngine } from './extractive-engine';
import { createOpenAICompatibleEngine } from './openai-compatible-engine';

export interface AnswerEngineConfig {
  /** LLM_BASE_URL, e.g. "http://localhost:11434/v1". */
  baseUrl?: string;
  /** LLM_MODEL, e.g. "llama3.1:8b". */
  model?: string;
  /** LLM_API_KEY; local servers usually need none. */
  apiKey?: string;
  /** LLM_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Pause between the built-in engine's deltas (demos); 0 by default. */
  extractiveDelayMs?: number;
  /** The workspace's search language, for the built-in engine's stemming and stop words. */
  language?: string;
  /** Tests inject a fetch for the OpenAI-compatible engine. */
  fetchImpl?: typeof fetch;
}

export const DEFAULT_LLM_TIMEOUT_MS = 30_000;

/**
 * The configured engine: the OpenAI-compatible one when both a base URL and a model are set, else the built-in
 * extractive engine, so that an installation without any model still answers from its documents.
 */
export function selectAnswerEngine(config: AnswerEngineConfig): AnswerEngine {
  const baseUrl = config.baseUrl?.trim();
  const model = config.model?.trim();
  if (baseUrl && model) {
    return createOpenAICompatibleEngine({
      baseUrl,
      model,
      apiKey: config.apiKey?.trim() || undefined,
      timeoutMs: config.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS,
      fetchImpl: config.fetchImpl,
    });
  }
  return createExtractiveEngine({ delayMs: config.extractiveDelayMs ?? 0, language: config.language });
}
