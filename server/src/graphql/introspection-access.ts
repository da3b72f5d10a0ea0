import type { GraphQLResponse } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, type GraphQLFormattedError, visit } from 'graphql';
import { UnauthenticatedError } from '../errors/app-error';
import type { GraphQLContext } from './context';

/**
 * Who may read the schema (GRAPHQL_INTROSPECTION): `public`, or `signed-in` (production's default) where anonymous
 * callers get no introspection, no "Did you mean …?" suggestions and no playground page. Signed-in users and API
 * tokens keep all three: the playground and third-party clients need them.
 */
export type IntrospectionAccess = 'public' | 'signed-in';

/** Per parsed document: Apollo reuses the document of a query it has seen, so each query is walked once. */
const introspecting = new WeakMap<DocumentNode, boolean>();

export function hasIntrospection(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found === undefined) {
    found = findsIntrospection(document);
    introspecting.set(document, found);
  }
  return found;
}

function findsIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function introspectionRefusal(): GraphQLError {
  const error = new UnauthenticatedError('Sign in, or send an API token, to read the schema.');
  // A request error, refused before execution: 400 (200 to application/json clients, see json-status.ts).
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

/** graphql-js's suggestions name fields and types that exist: a map of the schema, one guess at a time. */
export function withoutSuggestions<T extends GraphQLFormattedError>(error: T): T {
  const message = error.message.replace(/\s*Did you mean .*\?$/, '');
  return message === error.message ? error : { ...error, message };
}

/** `signed-in` access: anonymous introspection is refused before the operation runs (http-request-plugin.ts). */
export function refuseAnonymousIntrospection(document: DocumentNode, context: GraphQLContext): void {
  if (!context.viewer && hasIntrospection(document)) throw introspectionRefusal();
}

/** `signed-in` access: an anonymous caller's errors lose their "Did you mean …?" (http-request-plugin.ts). */
export function hideSuggestionsFromAnonymous(response: GraphQLResponse, context: GraphQLContext | undefined): void {
  if (context?.viewer || response.body.kind !== 'single' || !response.body.singleResult.errors) return;
  response.body.singleResult.errors = response.body.singleResult.errors.map(withoutSuggestions);
}
