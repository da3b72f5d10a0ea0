import { AppError, ErrorCode } from '../../errors/app-error';

/** Why an uploaded document was refused; each reason has its own user-facing message. */
export type DocumentRejectionReason = 'unsupported-type' | 'mismatched-content' | 'encrypted-pdf' | 'unreadable-pdf' | 'no-text' | 'empty';

/**
 * A document the user uploaded cannot become searchable text. It is the user's to fix (another file, another
 * export), so it is a BAD_USER_INPUT on the `file` field: an AppError, so the GraphQL layer's one error mapper shows
 * the message in place on the upload form without knowing about this module.
 */
export class DocumentRejectedError extends AppError {
  readonly field = 'file';

  constructor(
    readonly reason: DocumentRejectionReason,
    message: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, { fieldErrors: [{ field: 'file', message }], reason });
  }
}

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
