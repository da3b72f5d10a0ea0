import { rule } from 'graphql-shield';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors/app-error';
import type { GraphQLContext } from '../graphql/context';
import { isUuid } from '../graphql/loaders';
import { type Role, roleAtLeast } from '../modules/workspace/role';

export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_parent, _args, ctx: GraphQLContext) =>
  ctx.viewer ? true : new UnauthenticatedError(),
);

/**
 * The viewer holds at least `minimum` in the workspace named by the field's `workspaceId` argument. A workspace the
 * viewer does not belong to answers NOT_FOUND, exactly like one that does not exist: ids must not reveal anything.
 * Not cached: a removed member's next operation, or a subscription's next event, must be refused.
 */
export function hasWorkspaceRole(minimum: Role) {
  return rule(`hasWorkspaceRole(${minimum})`, { cache: 'no_cache' })(
    async (_parent, args: { workspaceId?: unknown }, ctx: GraphQLContext) => {
      if (!ctx.viewer) return new UnauthenticatedError();
      if (!isUuid(args.workspaceId)) return new NotFoundError('Workspace');
      const membership = await ctx.loaders.viewerMembership.load(args.workspaceId);
      if (!membership) return new NotFoundError('Workspace');
      return roleAtLeast(membership.role, minimum)
        ? true
        : new ForbiddenError(`This needs the ${minimum} role or higher in this workspace.`);
    },
  );
}
