import type { GraphQLFieldConfig, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { IRule } from 'graphql-shield';
import { AppError, ErrorCode, ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import type { GraphQLContext } from '../graphql/context';
import type { Verdict } from '../graphql/subscription-access';
import { GuardedEvents } from './guarded-events';

type ShieldContext = GraphQLContext & { _shield?: { cache: Record<string, unknown> } };
type RuleLike = Pick<IRule, 'resolve'>;

// A rule that throws counts as a refusal (debug off), as in shield itself.
const ruleOptions = { debug: false } as Parameters<IRule['resolve']>[4];

async function verdictOf(rule: RuleLike, root: unknown, args: Record<string, unknown>, ctx: ShieldContext, info: GraphQLResolveInfo) {
  ctx._shield ??= { cache: {} };
  const verdict = await rule.resolve(root as object, args, ctx as Parameters<IRule['resolve']>[2], info, ruleOptions);
  return verdict === true ? true : verdict instanceof Error ? verdict : new ForbiddenError();
}

/**
 * Mid-stream the subscriber already knows the workspace exists, so a lost membership (NOT_FOUND at subscribe time,
 * to reveal nothing) reads as what it is: access ended.
 */
function accessEnded(verdict: Error): Error {
  if (verdict instanceof AppError && verdict.code === ErrorCode.UNAUTHENTICATED)
    return new UnauthenticatedError('Your session ended: sign in again.');
  return new ForbiddenError('Your access to this ended: you are no longer allowed to receive its events.');
}

/**
 * graphql-middleware wraps `resolve`, not `subscribe`: without this, a shield rule on a Subscription field runs only
 * per event and an unauthorised subscription stays open. Here the same rule runs when the subscription starts, and
 * again before each event with the credentials looked up afresh (a logged-out session, a removed member, a lower
 * role end the stream). Over WebSocket the connection caches that re-check briefly and repeats it at once when an
 * access event arrives (graphql/subscription-access.ts).
 *
 * `bareSchema` is the schema before shield: its Subscription resolvers replace the shielded ones, whose per-event
 * rule would run uncached for every chunk of an answer — the guard already checked each event.
 */
export function guardSubscriptions(schema: GraphQLSchema, rules: Record<string, RuleLike>, bareSchema: GraphQLSchema): GraphQLSchema {
  const subscriptionType = schema.getSubscriptionType();
  if (!subscriptionType) return schema;
  const bareFields = bareSchema.getSubscriptionType()?.getFields() ?? {};
  for (const [name, field] of Object.entries(subscriptionType.getFields())) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    const rule = rules[name] ?? rules['*'];
    if (!rule) throw new Error(`Subscription.${name} has no permission rule`);
    const guarded: GraphQLFieldConfig<unknown, ShieldContext>['subscribe'] = async (root, args, ctx, info) => {
      const access = ctx.subscriptionAccess;
      const key = `${name}:${JSON.stringify(args)}`;
      const cached = (check: () => Promise<Verdict>) => (access ? access.verify(key, check) : check());
      const verdict = await cached(() => verdictOf(rule, root, args, ctx, info));
      if (verdict !== true) return verdict;
      const events = await subscribe(root, args, ctx, info);
      if (events instanceof Error) return events;
      const recheck = async (): Promise<Verdict> => {
        const again = await cached(async () => verdictOf(rule, root, args, await ctx.refreshed(), info));
        if (again === true) return true;
        const ended = accessEnded(again);
        if (ended instanceof UnauthenticatedError) access?.sessionEnded();
        return ended;
      };
      return new GuardedEvents(
        (events as AsyncIterable<unknown>)[Symbol.asyncIterator](),
        recheck,
        access && ((listener) => access.onChange(listener)),
      );
    };
    field.subscribe = guarded as typeof field.subscribe;
    const bareResolve = bareFields[name]?.resolve;
    if (bareResolve) field.resolve = bareResolve;
  }
  return schema;
}
