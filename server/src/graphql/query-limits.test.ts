import { type DocumentNode, type GraphQLSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientOperations } from '../../test/client-operations';
import { createMemoryPubSub } from '../infra/pubsub/pubsub';
import { parseOptions, QUERY_LIMITS, queryLimitRules } from './query-limits';
import { buildAppSchema } from './schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema(createMemoryPubSub());
});

const check = (query: string | DocumentNode) =>
  validate(schema, typeof query === 'string' ? parse(query, parseOptions()) : query, [...specifiedRules, ...queryLimitRules()]).map(
    (error) => error.message,
  );

describe('query limits (graphql-armor)', () => {
  it('let every operation of the client through', () => {
    const operations = clientOperations();
    expect(operations.length).toBeGreaterThan(40);
    for (const [name, document] of operations) expect([name, check(document)]).toEqual([name, []]);
  });

  it("let the playground's introspection through (typeDepth 4) and refuse deeper introspection", () => {
    expect(check(getIntrospectionQuery({ typeDepth: 4, inputValueDeprecation: true, schemaDescription: true }))).toEqual([]);
    expect(check(getIntrospectionQuery())).toEqual(['Query depth limit of 12 exceeded, found 15.']);
    const chain = `{ __schema { types { fields { type ${'{ ofType '.repeat(8)}{ name }${' }'.repeat(8)} } } } }`;
    expect(check(chain)).toEqual(['Query depth limit of 12 exceeded, found 13.']);
  });

  it('measure nested fragments without walking a fragment twice', () => {
    // Each fragment spreads the next one twice: 2^40 visits for a rule without a memo (the old one took 1.7 s for 20);
    // graphql-armor computes each fragment once and refuses the cost it multiplies to.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    expect(check(`{ ...F0 }\n${fragments}\nfragment F40 on Query { me { id } }`)).toEqual([
      expect.stringMatching(/^Query Cost limit of 50000 exceeded/),
    ]);
    const deep = `{ workspaces { ...W } } fragment W on Workspace { documents { edges { node { addedBy { memberships { id } } } } } }`;
    expect(check(deep).join()).not.toMatch(/depth/);
  });

  it('refuse too many aliases, directives or tokens', () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(check(`{ ${aliases} }`)).toEqual(['Aliases limit of 15 exceeded, found 16.']);
    const directives = '__typename @include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1);
    expect(check(`{ ${directives} }`)).toEqual(['Directives limit of 20 exceeded, found 21.']);
    expect(() => check(`{ me { ${'id '.repeat(QUERY_LIMITS.maxTokens)}} }`)).toThrow(/Document contains more th?at 2000 tokens/);
  });

  it('refuse a query whose cost is above the limit', () => {
    const costly = (i: number) => `d${i}: documents(workspaceId: "w", first: 100) { edges { node { title addedBy { id name email } } } }`;
    expect(check(`{ ${Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => costly(i)).join(' ')} }`).join()).toMatch(
      /Query Cost limit of 50000 exceeded/,
    );
  });
});
