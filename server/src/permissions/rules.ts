import { rule } from 'graphql-shield';
import { AppError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors/app-error';
import type { GraphQLContext } from '../graphql/context';
import { type Role, roleAtLeast } from '../modules/workspace/role';
import { isUuid } from '../shared/ids';

export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_parent, _args, ctx: GraphQLContext) =>
  ctx.viewer ? true : new UnauthenticatedError(),
);

/**
 * The viewer holds at least `minimum` in the workspace named by the field's `workspaceId` argument. A workspace the
 * viewer does not belong to answers NOT_FOUND, exactly like one that does not exist: ids must not reveal anything.
 * Not cached: a removed member's next operation, or a subscription's next event, must be refused.
 */
const workspaceRoleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

export function hasWorkspaceRole(minimum: Role, argument = 'workspaceId') {
  // One rule object per (role, argument): shield refuses two different rules with the same name.
  const name = `hasWorkspaceRole(${minimum}, ${argument})`;
  const existing = workspaceRoleRules.get(name);
  if (existing) return existing;
  const created = rule(name, { cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: GraphQLContext) => {
    if (!ctx.viewer) return new UnauthenticatedError();
    const workspaceId = args[argument];
    if (!isUuid(workspaceId)) return new NotFoundError('Workspace');
    // Fresh each time: a subscription re-checks per event, and a removed member must be refused at once.
    const membership = await ctx.loaders.viewerMembership.clear(workspaceId).load(workspaceId);
    if (!membership) return new NotFoundError('Workspace');
    return roleAtLeast(membership.role, minimum) ? true : new ForbiddenError(`This needs the ${minimum} role or higher in this workspace.`);
  });
  workspaceRoleRules.set(name, created);
  return created;
}

/** On Workspace fields: the viewer's role in that workspace (the parent) is at least `minimum`. */
export function hasRoleInParentWorkspace(minimum: Role) {
  return rule(`hasRoleInParentWorkspace(${minimum})`, { cache: 'strict' })(async (parent: { id: string }, _args, ctx: GraphQLContext) => {
    const membership = await ctx.loaders.viewerMembership.load(parent.id);
    if (!membership) return new NotFoundError('Workspace');
    return roleAtLeast(membership.role, minimum) ? true : new ForbiddenError(`This needs the ${minimum} role or higher in this workspace.`);
  });
}

/**
 * The viewer wrote the conversation of the message named by `messageId` and is still a member of its workspace (the
 * copilot service's own check). On answerStream it runs when the stream starts and again as it streams, so a member
 * removed mid-answer stops receiving it.
 */
export const readsOwnMessage = rule('readsOwnMessage', { cache: 'no_cache' })(
  async (_parent, args: Record<string, unknown>, ctx: GraphQLContext) => {
    if (!ctx.viewer) return new UnauthenticatedError();
    try {
      await ctx.services.copilot.ownMessage(ctx.em, ctx.viewer.user, String(args.messageId));
      return true;
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  },
);
