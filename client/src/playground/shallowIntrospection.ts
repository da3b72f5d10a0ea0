import { parse, print, visit } from 'graphql';

/**
 * The API refuses documents nested deeper than 12 levels, introspection included, and graphql-js's standard
 * introspection query nests `ofType` 9 times (15 levels). Askbase's schema wraps a type at most three times
 * (`[String!]!`), so GraphiQL's query is cut to `typeDepth` levels of `ofType` before it is sent.
 */
export const PLAYGROUND_TYPE_DEPTH = 4;

export function shallowIntrospection(query: string, typeDepth = PLAYGROUND_TYPE_DEPTH): string {
  let ofTypeDepth = 0;
  const document = visit(parse(query), {
    Field: {
      enter(node) {
        if (node.name.value !== 'ofType') return undefined;
        // Removed (null) nodes are not left, so only count the ones kept.
        if (ofTypeDepth >= typeDepth) return null;
        ofTypeDepth += 1;
        return undefined;
      },
      leave(node) {
        if (node.name.value === 'ofType') ofTypeDepth -= 1;
      },
    },
  });
  return print(document);
}
