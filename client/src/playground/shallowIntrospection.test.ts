import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { shallowIntrospection } from './shallowIntrospection';

// In the standard query every `ofType` is nested in the previous one (fragment TypeRef).
const ofTypeCount = (query: string) => query.match(/\bofType\b/g)?.length ?? 0;

describe('shallowIntrospection', () => {
  it('cuts the introspection query to four nested ofType, leaving the rest as it was', () => {
    const standard = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
    expect(ofTypeCount(standard)).toBe(9);
    const cut = shallowIntrospection(standard);
    expect(ofTypeCount(cut)).toBe(4);
    expect(cut).toContain('query IntrospectionQuery');
    expect(cut).toContain('fragment FullType on __Type');
  });
});
