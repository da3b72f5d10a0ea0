import type { GraphQLFieldConfig, GraphQLSchema } from 'graphql';
import type { IRule } from 'graphql-shield';
import { ForbiddenError } from '../errors/app-error';

type ShieldContext = { _shield?: { cache: Record<string, unknown> } };

// A rule that throws counts as a refusal (debug off), as in shield itself.
const ruleOptions = { debug: false } as Parameters<IRule['resolve']>[4];

/**
 * graphql-middleware wraps `resolve`, not `subscribe`: without this, a shield rule on a Subscription field runs per
 * event and an unauthorised subscription stays open. This runs the same rule once more when the subscription starts.
 */
export function guardSubscriptions(schema: GraphQLSchema, rules: Record<string, Pick<IRule, 'resolve'>>): GraphQLSchema {
  const subscriptionType = schema.getSubscriptionType();
  if (!subscriptionType) return schema;
  for (const [name, field] of Object.entries(subscriptionType.getFields())) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    const rule = rules[name] ?? rules['*'];
    if (!rule) throw new Error(`Subscription.${name} has no permission rule`);
    const guarded: GraphQLFieldConfig<unknown, ShieldContext>['subscribe'] = async (root, args, ctx, info) => {
      ctx._shield ??= { cache: {} };
      const verdict = await rule.resolve(root as object, args, ctx as Parameters<IRule['resolve']>[2], info, ruleOptions);
      if (verdict === true) return subscribe(root, args, ctx, info);
      return verdict instanceof Error ? verdict : new ForbiddenError();
    };
    field.subscribe = guarded as typeof field.subscribe;
  }
  return schema;
}
