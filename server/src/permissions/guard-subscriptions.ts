import type { GraphQLFieldConfig, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { IRule } from 'graphql-shield';
import { AppError, ErrorCode, ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import type { GraphQLContext } from '../graphql/context';
import type { Verdict } from '../graphql/subscription-access';
import { roleAtLeast } from '../modules/workspace/role';
import { GuardedEvents } from './guarded-events';
import type { SubscriptionScope } from './rules';

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
 * access is checked again before each event (a logged-out or expired session, a removed member, a lower role end the
 * stream). Over WebSocket that re-check reads the field's scope (`scopes`: the credential and the membership it
 * rests on) from the instance's shared, batched, background-refreshed facts, and runs at once when an access event
 * arrives (graphql/subscription-access.ts, graphql/access-verdicts.ts); without a connection it runs the rule again.
 *
 * `bareSchema` is the schema before shield: its Subscription resolvers replace the shielded ones, whose per-event
 * rule would run uncached for every chunk of an answer — the guard already checked each event.
 */
export function guardSubscriptions(
  schema: GraphQLSchema,
  rules: Record<string, RuleLike>,
  bareSchema: GraphQLSchema,
  scopes: Record<string, SubscriptionScope>,
): GraphQLSchema {
  const subscriptionType = schema.getSubscriptionType();
  if (!subscriptionType) return schema;
  const bareFields = bareSchema.getSubscriptionType()?.getFields() ?? {};
  for (const [name, field] of Object.entries(subscriptionType.getFields())) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    const rule = rules[name] ?? rules['*'];
    if (!rule) throw new Error(`Subscription.${name} has no permission rule`);
    const scopeOf = scopes[name];
    if (!scopeOf) throw new Error(`Subscription.${name} has no subscription scope (permissions.ts subscriptionScopes)`);
    const guarded: GraphQLFieldConfig<unknown, ShieldContext>['subscribe'] = async (root, args, ctx, info) => {
      const access = ctx.subscriptionAccess;
      const key = `${name}:${JSON.stringify(args)}`;
      const cached = (check: () => Promise<Verdict>) => (access ? access.verify(key, check) : check());
      const verdict = await cached(() => verdictOf(rule, root, args, ctx, info));
      if (verdict !== true) return verdict;
      // Read with the context the rule used: its record look-up is cached there, so this costs no statement.
      const scope = access?.sharesVerdicts ? await scopeOf(args, ctx) : null;
      const events = await subscribe(root, args, ctx, info);
      if (events instanceof Error) return events;
      const ended = (again: Error): Error => {
        const error = accessEnded(again);
        if (error instanceof UnauthenticatedError) access?.sessionEnded();
        return error;
      };
      const source = (events as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      if (access && scope) {
        const release = access.hold(scope.workspaceId);
        const recheck = async (): Promise<Verdict> => {
          const facts = await access.facts(scope.workspaceId);
          if (!facts.alive) return ended(new UnauthenticatedError());
          return facts.role && roleAtLeast(facts.role, scope.minimum) ? true : ended(new ForbiddenError());
        };
        return new GuardedEvents(source, recheck, (listener) => {
          const stop = access.onChange(listener);
          return () => {
            stop();
            release();
          };
        });
      }
      const recheck = async (): Promise<Verdict> => {
        const again = await cached(async () => verdictOf(rule, root, args, await ctx.refreshed(), info));
        return again === true ? true : ended(again);
      };
      return new GuardedEvents(source, recheck, access && ((listener) => access.onChange(listener)));
    };
    field.subscribe = guarded as typeof field.subscribe;
    const bareResolve = bareFields[name]?.resolve;
    if (bareResolve) field.resolve = bareResolve;
  }
  return schema;
}
