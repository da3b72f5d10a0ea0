/**
 * Every `extensions.code` a client can receive: the one list. Domain code throws AppError subclasses; the GraphQL
 * layer maps them in one place (graphql/format-error.ts), lets the request-level codes of graphql-js and Apollo
 * through, and masks everything else as INTERNAL_SERVER_ERROR. The schema publishes it as `enum ErrorCode`, from
 * which the client's type is generated.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  PLAN_LIMIT_REACHED = 'PLAN_LIMIT_REACHED',
  /** The viewer has not proved they own their email address yet (inviting members, checkout). */
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  /** A request body over the transport's cap (1 MB on /graphql): files go through POST /uploads. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The database is saturated or stalled: nothing is wrong with the request, retry it shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The payment provider (Stripe) failed or timed out: nothing was changed, try again shortly. */
  BILLING_PROVIDER_UNAVAILABLE = 'BILLING_PROVIDER_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  // Refusals of the request itself, before any resolver runs (graphql-js, Apollo, the HTTP layer).
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST = 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
}

/** What each code means to a client; published with the enum in the schema. */
export const ERROR_CODE_DESCRIPTIONS: Record<ErrorCode, string> = {
  [ErrorCode.UNAUTHENTICATED]: 'No valid session or API token, or wrong credentials: sign in (again).',
  [ErrorCode.FORBIDDEN]: 'Signed in, but this role may not do this.',
  [ErrorCode.NOT_FOUND]: 'No such record, or not one the viewer may see.',
  [ErrorCode.BAD_USER_INPUT]: 'An argument is not valid; `extensions.fieldErrors` lists `{ field, message }`.',
  [ErrorCode.CONFLICT]: 'The request clashes with the current state (a taken address, a finished answer); may carry `fieldErrors`.',
  [ErrorCode.RATE_LIMITED]: 'Too many requests; `extensions.retryAfterSeconds` says when to try again.',
  [ErrorCode.PLAN_LIMIT_REACHED]: "The workspace's plan allows no more of this; `extensions` carries `limit`, `plan` and `max`.",
  [ErrorCode.EMAIL_NOT_VERIFIED]:
    'The viewer must verify their email address first (the link mailed at sign-up; `resendVerificationEmail` sends a new one).',
  [ErrorCode.PAYLOAD_TOO_LARGE]:
    'The request body is over the cap (1 MB on /graphql; `extensions.maxBytes`): send files through POST /uploads.',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'The server is busy; nothing is wrong with the request: retry after `extensions.retryAfterSeconds`.',
  [ErrorCode.BILLING_PROVIDER_UNAVAILABLE]:
    'The payment provider did not answer or refused the request; nothing was changed: retry after `extensions.retryAfterSeconds`.',
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'A failure on the server; the details are logged, not sent.',
  [ErrorCode.GRAPHQL_PARSE_FAILED]: 'The document is not valid GraphQL syntax.',
  [ErrorCode.GRAPHQL_VALIDATION_FAILED]: 'The document does not match the schema or exceeds the depth, cost or alias limits.',
  [ErrorCode.BAD_REQUEST]: 'The HTTP request itself is malformed (body, method, headers).',
  [ErrorCode.PERSISTED_QUERY_NOT_FOUND]: 'The persisted query hash is unknown: send the full document.',
  [ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: 'Persisted queries are not supported for this request.',
  [ErrorCode.OPERATION_RESOLUTION_FAILURE]: 'The operation to run could not be determined (missing or unknown operationName).',
};

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra, safe-to-show facts for the client (fieldErrors, retryAfterSeconds, limit, ...). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'You need to sign in first.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'Record') {
    super(ErrorCode.NOT_FOUND, `${what} not found.`);
  }
}

export class BadUserInputError extends AppError {
  constructor(fieldErrors: FieldError[], message = 'Some fields are not valid.') {
    super(ErrorCode.BAD_USER_INPUT, message, { fieldErrors });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }], message);
  }
}

export class ConflictError extends AppError {
  /** `field` names the form field at fault, so forms can show the message in place. */
  constructor(message: string, field?: string) {
    super(ErrorCode.CONFLICT, message, field ? { fieldErrors: [{ field, message }] } : {});
  }
}

/** Refused until the viewer follows the verification link mailed to their address. */
export class EmailNotVerifiedError extends AppError {
  constructor(does = 'do this') {
    super(ErrorCode.EMAIL_NOT_VERIFIED, `Verify your email address to ${does}: follow the link we sent you, or send a new one.`);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}

/** Too many expensive operations of one user at once: each holds database connections while it runs. */
export class TooManyInFlightError extends AppError {
  constructor(max: number) {
    super(ErrorCode.RATE_LIMITED, `You already have ${max} of these requests running. Wait for one to finish, then try again.`, {
      retryAfterSeconds: 1,
    });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'The service is busy right now. Try again in a few seconds.') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { retryAfterSeconds: 5 });
  }
}

/**
 * For queries that answer null where a mutation would say NOT_FOUND. Only NOT_FOUND becomes null: any other
 * failure (the database being down, say) must still surface as an error, not as "nothing there".
 */
export async function nullIfNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
