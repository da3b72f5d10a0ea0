import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../../errors/app-error';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import { Role } from './role';
import './role.graphql';
import { Usage } from './usage.types';
import { Workspace } from './workspace.entity';

@Resolver(() => Workspace)
export class WorkspaceResolver {
  @Query(() => [Workspace], { description: "The viewer's workspaces, for the switcher, alphabetically." })
  async workspaces(@Ctx() ctx: GraphQLContext): Promise<Workspace[]> {
    const memberships = await ctx.services.workspaces.membershipsOf(requireViewer(ctx).user.id);
    // The switcher shows each role: hand the loaded memberships to the loader instead of querying again.
    for (const membership of memberships) ctx.loaders.viewerMembership.prime(membership.workspace.id, membership);
    return memberships.map((membership) => membership.workspace.getEntity());
  }

  @Query(() => Workspace, {
    nullable: true,
    description: "A workspace of the viewer's by slug; null when it does not exist or is not theirs.",
  })
  async workspace(@Arg('slug', () => String) slug: string, @Ctx() ctx: GraphQLContext): Promise<Workspace | null> {
    const membership = await ctx.services.workspaces.membershipBySlug(requireViewer(ctx).user.id, slug);
    if (!membership) return null;
    ctx.loaders.viewerMembership.prime(membership.workspace.id, membership);
    return membership.workspace.getEntity();
  }

  @FieldResolver(() => Role, { description: "The viewer's role in this workspace." })
  async viewerRole(@Root() workspace: Workspace, @Ctx() ctx: GraphQLContext): Promise<Role> {
    const membership = await ctx.loaders.viewerMembership.load(workspace.id);
    // Workspaces only reach the schema through the viewer's memberships; a missing one means it just ended.
    if (!membership) throw new NotFoundError('Workspace');
    return membership.role;
  }

  @Subscription(() => Usage, {
    description: "The workspace's usage now, then again whenever it changes.",
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      return ctx.services.workspaces.usageUpdates(args.workspaceId as string, ctx.forkEntityManager);
    },
  })
  workspaceUsage(@Root() usage: Usage, @Arg('workspaceId', () => ID) _workspaceId: string): Usage {
    return usage;
  }
}
