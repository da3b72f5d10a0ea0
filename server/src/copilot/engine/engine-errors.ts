/** What went wrong with the language model; callers may log it or pick a status from it. */
export type EngineFailureReason = 'timeout' | 'unreachable' | 'http-error' | 'invalid-stream' | 'interrupted' | 'model-error';

/**
 * An answer engine could not produce an answer. Not an AppError on purpose: the failure belongs to the answer
 * (stored as FAILED with this message), not to the GraphQL request that started it, which has already returned.
 */
export class EngineFailedError extends Error {
  readonly code = 'ENGINE_FAILED';

  constructor(
    readonly reason: EngineFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EngineFailedError';
  }
}

/**
 * Thrown by an answer stream whose AbortSignal fired. Named `AbortError` like the platform's own abort errors, so
 * code that checks `error.name === 'AbortError'` treats both alike.
 */
export class AnswerAbortedError extends Error {
  constructor(message = 'The answer was stopped.') {
    super(message);
    this.name = 'AbortError';
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
