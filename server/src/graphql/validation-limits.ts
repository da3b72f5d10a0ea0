import { type ASTNode, GraphQLError, Kind, type ValidationRule } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30 };

/**
 * Refuses documents nested deeper than `maxDepth` or with more than `maxAliases` aliases before they execute: a
 * cheap defence against queries crafted to make the server do unbounded work.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context) => {
    let aliases = 0;
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );

    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (node.alias) aliases += 1;
        // Introspection (GraphiQL's schema query nests ofType ~15 deep) is bounded by the schema itself.
        if (!node.selectionSet || node.name.value.startsWith('__')) return depth;
        return Math.max(depth, ...node.selectionSet.selections.map((child) => depthOf(child, depth + 1, seen)));
      }
      if (node.kind === Kind.INLINE_FRAGMENT)
        return Math.max(depth, ...node.selectionSet.selections.map((child) => depthOf(child, depth, seen)));
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(node.name.value)) return depth;
        return Math.max(
          depth,
          ...fragment.selectionSet.selections.map((child) => depthOf(child, depth, new Set([...seen, node.name.value]))),
        );
      }
      return depth;
    };

    return {
      OperationDefinition(operation) {
        const depth = Math.max(0, ...operation.selectionSet.selections.map((selection) => depthOf(selection, 1, new Set())));
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`, { nodes: [operation] }),
          );
        }
        if (aliases > limits.maxAliases) {
          context.reportError(
            new GraphQLError(`The query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, { nodes: [operation] }),
          );
        }
        aliases = 0;
      },
    };
  };
}
