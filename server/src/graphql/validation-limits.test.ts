import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitsRule } from './validation-limits';

// A schema that nests without end, to build queries of any depth.
const schema = buildSchema(`type Node { id: ID! child: Node } type Query { node: Node }`);
const nested = (levels: number) => `{ node ${'{ child '.repeat(levels - 2)}{ id }${' }'.repeat(levels - 2)} }`;
const check = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, queryLimitsRule({ maxDepth: 5, maxAliases: 3 })]).map((error) => error.message);

describe('queryLimitsRule', () => {
  it('accepts a query at the depth limit and refuses one level more', () => {
    expect(check(nested(5))).toEqual([]);
    expect(check(nested(6))).toEqual(['The query is nested 6 levels deep; the limit is 5.']);
  });

  it('counts depth through fragments, and survives fragment cycles', () => {
    const viaFragment = `{ node { ...F } } fragment F on Node { child { child { child { child { id } } } } }`;
    expect(check(viaFragment)).toEqual(['The query is nested 6 levels deep; the limit is 5.']);
    const cycle = `{ node { ...A } } fragment A on Node { child { ...A } }`;
    expect(check(cycle)).toEqual(['Cannot spread fragment "A" within itself.']);
  });

  it('counts aliases across the operation', () => {
    expect(check('{ a: node { id } b: node { id } c: node { id } }')).toEqual([]);
    expect(check('{ a: node { id } b: node { id } c: node { id } d: node { x: id } }')).toEqual([
      'The query uses 5 aliases; the limit is 3.',
    ]);
  });

  it('does not count introspection, whose depth the schema bounds', () => {
    expect(check(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`)).toEqual([]);
  });
});
