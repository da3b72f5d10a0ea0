import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

// The `extensions.code` values the server puts on its errors (see the server's error mapping).
export type ServerErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface ServerFieldError {
  field: string;
  message: string;
}

export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function errorCodeOf(error: GraphQLFormattedError): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function findErrorWithCode(error: unknown, code: ServerErrorCode): GraphQLFormattedError | undefined {
  return graphQLErrorsOf(error).find((e) => errorCodeOf(e) === code);
}

/** BAD_USER_INPUT errors list per-field problems as `extensions.fieldErrors: [{ field, message }]`. */
export function fieldErrorsOf(error: unknown): ServerFieldError[] {
  const badInput = findErrorWithCode(error, 'BAD_USER_INPUT');
  const raw = badInput?.extensions?.fieldErrors;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (item): item is ServerFieldError =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as ServerFieldError).field === 'string' &&
      typeof (item as ServerFieldError).message === 'string',
  );
}

export function retryAfterSecondsOf(error: GraphQLFormattedError): number | undefined {
  const seconds = error.extensions?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : undefined;
}
