import type { GraphQLResponse } from '@apollo/server';
import { ErrorCode } from '../errors/app-error';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

// Errors of a well-formed request refused before it runs: its document, its variables (NUL bytes included), anonymous
// introspection. BAD_REQUEST (a malformed request: no query, a query that is not a string) stays 400.
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
]);

/** The q-value an Accept header gives a media type (exact, then type/*, then *\/*; 0 when not accepted). */
function quality(accept: string, mediaType: string): number {
  const [type] = mediaType.split('/');
  let best = { specificity: -1, q: 0 };
  for (const range of accept.split(',')) {
    const [name = '', ...params] = range.trim().toLowerCase().split(';');
    const q = Number(
      params
        .map((param) => param.trim())
        .find((param) => param.startsWith('q='))
        ?.slice(2) ?? 1,
    );
    const specificity = name === mediaType ? 2 : name === `${type}/*` ? 1 : name === '*/*' ? 0 : -1;
    if (specificity > best.specificity) best = { specificity, q: Number.isNaN(q) ? 1 : q };
  }
  return best.q;
}

/** Whether Apollo answers this request as application/json: no Accept, or one that prefers it (ties go to JSON). */
export function answersAsJson(accept: string | undefined): boolean {
  if (!accept) return true;
  const json = quality(accept, JSON_TYPE);
  return json > 0 && json >= quality(accept, GRAPHQL_RESPONSE_TYPE);
}

/**
 * GraphQL over HTTP: to an `application/json` client the server SHOULD answer every well-formed request with 200,
 * request errors (parse, validation, variable coercion) included, since such clients cannot tell a 400 from a
 * broken proxy. Apollo answers 400; `application/graphql-response+json` keeps the 400 the spec asks for there.
 * Not-well-formed requests (a body that is not JSON, a CSRF-suspect request) never reach this and stay 400.
 * Called by http-request-plugin.ts with `answersAsJson` of the request's Accept header.
 */
export function requestErrorsAs200(response: GraphQLResponse): void {
  if (response.body.kind !== 'single' || response.body.singleResult.data !== undefined) return;
  const errors = response.body.singleResult.errors ?? [];
  const requestErrors = errors.length > 0 && errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code)));
  if (requestErrors && response.http.status === 400) response.http.status = 200;
}
