import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '../gql/schemaEnums';

// `ErrorCode` is generated from the schema's `enum ErrorCode`: the server's one list of `extensions.code` values.
export type { ErrorCode };

export interface ServerFieldError {
  field: string;
  message: string;
}

/**
 * A refusal from one of the server's plain HTTP endpoints (`POST /uploads`): they answer in the GraphQL error shape,
 * so the helpers below read it like a GraphQL error. Status 0: the request never got an answer.
 */
export class HttpEndpointError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[],
  ) {
    super(errors[0]?.message ?? `The server answered ${status}.`);
    this.name = 'HttpEndpointError';
  }
}

export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  return error instanceof HttpEndpointError ? error.errors : [];
}

/** The error's `extensions.code`: one of the schema's ErrorCode values (the server sends no other). */
export function errorCodeOf(error: GraphQLFormattedError): ErrorCode | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? (code as ErrorCode) : undefined;
}

export function findErrorWithCode(error: unknown, code: ErrorCode): GraphQLFormattedError | undefined {
  return graphQLErrorsOf(error).find((e) => errorCodeOf(e) === code);
}

/**
 * Per-field problems, `extensions.fieldErrors: [{ field, message }]`: BAD_USER_INPUT lists them, and so does a
 * CONFLICT about one field (a taken slug, an address already invited).
 */
export function fieldErrorsOf(error: unknown): ServerFieldError[] {
  return graphQLErrorsOf(error).flatMap((graphQLError) => {
    const code = errorCodeOf(graphQLError);
    return code === 'BAD_USER_INPUT' || code === 'CONFLICT' ? validFieldErrors(graphQLError.extensions?.fieldErrors) : [];
  });
}

function validFieldErrors(raw: unknown): ServerFieldError[] {
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

export interface PlanLimit {
  /** Which limit: "members", "documents", ... */
  limit: string;
  plan: string;
  max: number;
  message: string;
}

/** PLAN_LIMIT_REACHED carries `limit`, `plan` and `max` so the screen can say exactly what ran out. */
export function planLimitOf(error: unknown): PlanLimit | null {
  const reached = findErrorWithCode(error, 'PLAN_LIMIT_REACHED');
  if (!reached) return null;
  const { limit, plan, max } = reached.extensions ?? {};
  return {
    limit: typeof limit === 'string' ? limit : 'members',
    plan: typeof plan === 'string' ? plan : 'FREE',
    max: typeof max === 'number' ? max : 0,
    message: reached.message,
  };
}
