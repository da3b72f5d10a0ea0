import { execute, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import { unwrapAllowedFields } from './allowed-fields';

const calls: string[] = [];
const checked = rule()(() => {
  calls.push('rule');
  return true;
});

const bare = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      open: { type: GraphQLString, resolve: () => 'open' },
      guarded: { type: GraphQLString, resolve: () => 'guarded' },
      starred: { type: GraphQLString, resolve: () => 'starred' },
      unlisted: { type: GraphQLString, resolve: () => 'unlisted' },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('broken resolver');
        },
      },
    },
  }),
});
const rules = { Query: { '*': allow, guarded: checked, unlisted: deny } };
const served = unwrapAllowedFields(applyMiddleware(bare, shield(rules, { fallbackRule: deny, allowExternalErrors: true })), bare, rules);

describe('unwrapAllowedFields', () => {
  it("gives `allow` fields their own resolver back and keeps every other rule's wrapper", () => {
    const fields = served.getQueryType()?.getFields() ?? {};
    const original = bare.getQueryType()?.getFields() ?? {};
    expect(fields.open?.resolve).toBe(original.open?.resolve);
    expect(fields.broken?.resolve).toBe(original.broken?.resolve);
    expect(fields.guarded?.resolve).not.toBe(original.guarded?.resolve);
    expect(fields.unlisted?.resolve).not.toBe(original.unlisted?.resolve);
  });

  it('still runs the other rules, refuses denied fields and fails a throwing field alone', async () => {
    calls.length = 0;
    const result = await execute({ schema: served, document: parse('{ open guarded unlisted broken }'), contextValue: {} });
    expect(calls).toEqual(['rule']);
    expect(result.data).toEqual({ open: 'open', guarded: 'guarded', unlisted: null, broken: null });
    expect(result.errors?.map((error) => error.path?.join('.')).sort()).toEqual(['broken', 'unlisted']);
  });
});
