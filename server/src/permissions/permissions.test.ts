import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildBareSchema } from '../graphql/schema';
import { permissionMap } from './permissions';

type RuleMap = Record<string, Record<string, { name: string }> | { name: string }>;
const map = permissionMap as unknown as RuleMap;

describe('the permission map', async () => {
  const schema = await buildBareSchema();
  const rootTypes = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (type) => type !== null && type !== undefined,
  );

  it('has an explicit rule for every Query, Mutation and Subscription field (no field falls back to "*")', () => {
    const missing = rootTypes.flatMap((type) =>
      Object.keys(type.getFields())
        .filter((field) => !(field in ((map[type.name] as Record<string, unknown>) ?? {})))
        .map((field) => `${type.name}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('names every object type the API returns, so none is denied by accident or allowed unseen', () => {
    const objectTypes = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && !type.name.startsWith('__') && !rootTypes.includes(type),
    );
    expect(objectTypes.map((type) => type.name).filter((name) => !(name in map))).toEqual([]);
  });

  it('matches the reviewed snapshot (a permission change shows up in review)', () => {
    type Named = { name?: string; constructor: { name: string }; getRules?: () => Named[] };
    // Logic rules read as what they combine: and(hasWorkspaceRole(…), isAuthorOf(…)).
    // allow and deny are logic rules too (with no parts): they read as their names.
    const constants: Record<string, string> = { RuleTrue: 'allow', RuleFalse: 'deny' };
    const ruleName = (rule: Named): string =>
      constants[rule.constructor.name] ??
      (rule.getRules
        ? `${rule.constructor.name.replace(/^Rule/, '').toLowerCase()}(${rule.getRules().map(ruleName).join(', ')})`
        : (rule.name ?? rule.constructor.name));
    const flat = Object.fromEntries(
      Object.entries(map).map(([type, rules]) => [
        type,
        'name' in rules || typeof (rules as { resolve?: unknown }).resolve === 'function'
          ? ruleName(rules as { name: string; constructor: { name: string } })
          : Object.fromEntries(
              Object.entries(rules).map(([field, rule]) => [field, ruleName(rule as { name: string; constructor: { name: string } })]),
            ),
      ]),
    );
    expect(flat).toMatchSnapshot();
  });
});
