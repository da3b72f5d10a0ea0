import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, type FieldError } from '../errors/app-error';
import { appErrorFromDatabase } from '../errors/database-errors';
import { reportUnexpectedError } from '../infra/error-reporting/sentry';
import type { Logger } from '../infra/logging/logger';

/** class-validator's nested errors → one `{ field, message }` per failed constraint, dotted paths for nesting. */
export function fieldErrorsFromValidation(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrorsFromValidation(error.children ?? [], field)];
  });
}

// Errors graphql-js and Apollo produce before any resolver runs: safe to show as they are.
export const PASS_THROUGH_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.BAD_REQUEST,
]);

function isApolloRequestError(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } }; originalError?: unknown } | undefined)?.extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && !(error as { originalError?: unknown }).originalError;
}

/**
 * The one place where errors become what clients see: domain errors keep their code and details, validation errors
 * become BAD_USER_INPUT with field errors, anything else is logged and masked. No stack trace ever leaves.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Duck-typed: graphql can be loaded twice (CommonJS and ESM builds), which defeats instanceof GraphQLError.
    const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
    const base = {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };

    const appError = original instanceof AppError ? original : appErrorFromDatabase(original);
    if (appError) {
      return { ...base, message: appError.message, extensions: { code: appError.code, ...appError.details } };
    }
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationError[] } } | undefined)?.extensions
      ?.validationErrors;
    if (Array.isArray(validationErrors)) {
      const fieldErrors = fieldErrorsFromValidation(validationErrors);
      return {
        ...base,
        message: fieldErrors[0]?.message ?? 'Some fields are not valid.',
        extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
      return { ...base, extensions: { code } };
    }
    // Apollo refuses some requests before any resolver runs with a 4xx status and no code ("provided sha does not
    // match query", an unsupported persisted query version): the client's mistake, not an error of ours to log.
    if (isApolloRequestError(original)) {
      return { ...base, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    reportUnexpectedError(original);
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
