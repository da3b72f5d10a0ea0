import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../errors/app-error';
import type { Logger } from '../infra/logging/logger';
import { redactUrl } from '../infra/logging/redact-url';

/**
 * Last stop for errors outside GraphQL execution (a body that is not JSON, one that is too large, a bug in a
 * middleware): a GraphQL-shaped answer with a code, never a stack trace.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      error?.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : error?.type === 'entity.too.large'
          ? 'The request body is too large.'
          : status < 500
            ? 'The request could not be understood.'
            : 'Internal server error';
    if (status >= 500) logger.error({ err: error, url: redactUrl(req.originalUrl) }, 'unhandled HTTP error');
    if (res.headersSent) return;
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST } }] });
  };
}
