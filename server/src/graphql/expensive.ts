import type { MiddlewareFn } from 'type-graphql';
import type { GraphQLContext } from './context';

/**
 * Marks a mutation whose work holds database connections for a while (extraction, plan checks under a lock,
 * retrieval): one user may run only a few at once (EXPENSIVE_OPERATIONS_PER_USER), the rest are refused with
 * RATE_LIMITED at once instead of queueing for the pool that every tenant shares.
 */
export const Expensive: MiddlewareFn<GraphQLContext> = ({ context }, next) => {
  const userId = context.viewer?.user.id;
  // Anonymous callers never reach these mutations: the permission map refuses them first.
  if (!userId) return next();
  return context.inFlight.run(`user:${userId}`, () => next());
};
