import type { ErrorRequestHandler, Response } from 'express';
import { AppError, ErrorCode } from '../errors/app-error';
import { appErrorFromDatabase } from '../errors/database-errors';
import { reportUnexpectedError } from '../infra/error-reporting/sentry';
import type { Logger } from '../infra/logging/logger';
import { redactUrl } from '../infra/logging/redact-url';

/** The HTTP status of a typed error, for the endpoints outside GraphQL (GraphQL answers 200 with `errors`). */
const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PLAN_LIMIT_REACHED]: 413,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * Answers a plain HTTP endpoint's failure in the GraphQL error shape (`{ errors: [{ message, extensions.code }] }`),
 * so clients read one shape everywhere. Unknown errors are logged and masked.
 */
export function sendError(res: Response, error: unknown, logger: Logger): void {
  const appError = error instanceof AppError ? error : appErrorFromDatabase(error);
  if (!appError) {
    logger.error({ err: error }, 'unexpected error in HTTP endpoint');
    reportUnexpectedError(error);
  }
  if (res.headersSent) return;
  const status = appError ? (STATUS_OF[appError.code] ?? 500) : 500;
  const retryAfter = appError?.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
  res.status(status).json({
    errors: [
      appError
        ? { message: appError.message, extensions: { code: appError.code, ...appError.details } }
        : { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
    ],
  });
}

const formatMegabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/**
 * Last stop for errors outside GraphQL execution (a body that is not JSON, one that is too large, a bug in a
 * middleware): a GraphQL-shaped answer with a code, never a stack trace.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (error?.type === 'entity.too.large') {
      // Documents used to travel base64 in addDocument; a large one now goes through POST /uploads.
      const maxBytes = typeof error.limit === 'number' ? error.limit : undefined;
      if (res.headersSent) return;
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than ${maxBytes ? formatMegabytes(maxBytes) : 'allowed'}. Send files through POST /uploads, then addDocument with the uploadId.`,
            extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, ...(maxBytes ? { maxBytes } : {}) },
          },
        ],
      });
      return;
    }
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      error?.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : status < 500
          ? 'The request could not be understood.'
          : 'Internal server error';
    if (status >= 500) {
      logger.error({ err: error, url: redactUrl(req.originalUrl) }, 'unhandled HTTP error');
      reportUnexpectedError(error);
    }
    if (res.headersSent) return;
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST } }] });
  };
}
