import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ParseOptions, type ValidationRule } from 'graphql';

/**
 * Bounds on the work one document may ask for, checked before anything runs (graphql-armor's rules: they memoise
 * fragments, so nested spreads cost linear time to check). The figures leave room above the app's own operations,
 * GraphiQL's introspection query included; query-limits.test.ts runs every client operation through them.
 */
export const QUERY_LIMITS = {
  /**
   * Fields nested in one another, introspection included. The playground introspects with typeDepth 4 (depth 10;
   * the schema wraps types at most three deep); graphql-js's default typeDepth 9 reaches 15 and is refused, so
   * third-party tools introspect with `getIntrospectionQuery({ typeDepth: 4 })` or read schema.graphql.
   */
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  /** Lexical tokens in the document, checked while parsing: a huge document stops before it is even built. */
  maxTokens: 2_000,
  /**
   * graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × `first:` for lists given a literal size. The
   * costliest client operation, a chat thread of 100 messages with their citations, costs about 30,500.
   */
  maxCost: 50_000,
} as const;

export type QueryLimits = typeof QUERY_LIMITS;

/** Parse options for every transport: graphql-js counts tokens itself and gives up past the limit. */
export function parseOptions(limits: Pick<QueryLimits, 'maxTokens'> = QUERY_LIMITS): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

// graphql-armor throws its error out of validate() by default, which Apollo would report as a server error, and
// prefixes it with "Syntax Error:"; reported this way it is an ordinary GRAPHQL_VALIDATION_FAILED.
const report: GraphQLArmorRejectCallback = (context, error) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { nodes: error.nodes }));
const rejection = { onReject: [report], propagateOnRejection: false, exposeLimits: true };

export function queryLimitRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, ...rejection }),
    maxAliasesRule({ n: limits.maxAliases, ...rejection }),
    maxDirectivesRule({ n: limits.maxDirectives, ...rejection }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: false, flattenFragments: true, ...rejection }),
  ] as ValidationRule[];
}
