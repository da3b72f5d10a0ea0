import type { GraphQLFieldConfig, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { IRule } from 'graphql-shield';
import { ForbiddenError } from '../errors/app-error';

type ShieldContext = { _shield?: { cache: Record<string, unknown> } };
type RuleLike = Pick<IRule, 'resolve'>;

// A rule that throws counts as a refusal (debug off), as in shield itself.
const ruleOptions = { debug: false } as Parameters<IRule['resolve']>[4];

async function allowed(rule: RuleLike, root: unknown, args: Record<string, unknown>, ctx: ShieldContext, info: GraphQLResolveInfo) {
  ctx._shield ??= { cache: {} };
  return rule.resolve(root as object, args, ctx as Parameters<IRule['resolve']>[2], info, ruleOptions);
}

/**
 * Ends the stream once access is gone (a removed member, a revoked session): the event that finds the rule failing
 * still goes out, so the field's shield check turns it into the error the client sees, and then the stream completes.
 */
async function* whileAllowed<T>(
  events: AsyncIterable<T>,
  rule: RuleLike,
  args: Record<string, unknown>,
  ctx: ShieldContext,
  info: GraphQLResolveInfo,
): AsyncGenerator<T> {
  let first = true;
  for await (const event of events) {
    // The first event follows the subscribe-time check at once; later ones are checked again.
    if (!first && (await allowed(rule, event, args, ctx, info)) !== true) {
      yield event;
      return;
    }
    first = false;
    yield event;
  }
}

/**
 * graphql-middleware wraps `resolve`, not `subscribe`: without this, a shield rule on a Subscription field runs only
 * per event and an unauthorised subscription stays open. Here the same rule runs when the subscription starts, and
 * again before each event so that access lost mid-stream ends it.
 */
export function guardSubscriptions(schema: GraphQLSchema, rules: Record<string, RuleLike>): GraphQLSchema {
  const subscriptionType = schema.getSubscriptionType();
  if (!subscriptionType) return schema;
  for (const [name, field] of Object.entries(subscriptionType.getFields())) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    const rule = rules[name] ?? rules['*'];
    if (!rule) throw new Error(`Subscription.${name} has no permission rule`);
    const guarded: GraphQLFieldConfig<unknown, ShieldContext>['subscribe'] = async (root, args, ctx, info) => {
      const verdict = await allowed(rule, root, args, ctx, info);
      if (verdict !== true) return verdict instanceof Error ? verdict : new ForbiddenError();
      const events = await subscribe(root, args, ctx, info);
      return events instanceof Error ? events : whileAllowed(events as AsyncIterable<unknown>, rule, args, ctx, info);
    };
    field.subscribe = guarded as typeof field.subscribe;
  }
  return schema;
}
