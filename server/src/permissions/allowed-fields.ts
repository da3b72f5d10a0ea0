import { type GraphQLSchema, isObjectType } from 'graphql';
import { allow } from 'graphql-shield';

/** The rule shield applies to a field of a type in the map (undefined: the fallback rule, deny). */
function ruleOf(typeRules: unknown, fieldName: string): unknown {
  if (typeof typeRules !== 'object' || typeRules === null) return typeRules;
  if (Object.getPrototypeOf(typeRules) !== Object.prototype) return typeRules;
  const fields = typeRules as Record<string, unknown>;
  return fields[fieldName] ?? fields['*'];
}

/**
 * Fields whose rule is `allow` get their own resolver back, unwrapped. shield's wrapper would run `allow` (always
 * true) and then the resolver, but as an async function: a plain property read becomes two promises, and a list of
 * 1,000 rows of five fields 10,000 of them; that was most of the permission layer's cost on long lists
 * (bench/permissions.ts). A throwing resolver fails its field either way (shield returned the error, graphql-js
 * treats a returned Error as thrown). Subscription fields are left to guardSubscriptions.
 */
export function unwrapAllowedFields(shielded: GraphQLSchema, bare: GraphQLSchema, rules: Record<string, unknown>): GraphQLSchema {
  const subscription = shielded.getSubscriptionType()?.name;
  for (const [typeName, typeRules] of Object.entries(rules)) {
    const type = shielded.getType(typeName);
    const bareType = bare.getType(typeName);
    if (typeName === subscription || !isObjectType(type) || !isObjectType(bareType)) continue;
    const bareFields = bareType.getFields();
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      const original = bareFields[fieldName];
      if (original && ruleOf(typeRules, fieldName) === allow) field.resolve = original.resolve;
    }
  }
  return shielded;
}
