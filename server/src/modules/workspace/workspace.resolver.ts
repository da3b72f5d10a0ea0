import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../../errors/app-error';
import { type GraphQLContext, inViewerScope, requireViewer } from '../../graphql/context';
import type { Page } from '../../shared/pagination';
import { Invitation } from './invitation.entity';
import type { Membership } from './membership.entity';
import { Role } from './role';
import './role.graphql';
import { Usage } from '../billing/usage.types';
import { Workspace } from './workspace.entity';
import { CreateWorkspaceInput, UpdateWorkspaceInput } from './workspace.inputs';
import { MembershipConnection } from './workspace.types';

@Resolver(() => Workspace)
export class WorkspaceResolver {
  @Query(() => [Workspace], { description: "The viewer's workspaces, for the switcher, alphabetically." })
  async workspaces(@Ctx() ctx: GraphQLContext): Promise<Workspace[]> {
    const viewer = requireViewer(ctx);
    // A workspace-restricted API token sees its one workspace only.
    const memberships = (await ctx.services.workspaces.membershipsOf(viewer.user.id)).filter((membership) =>
      inViewerScope(viewer, membership.workspace.id),
    );
    // The switcher shows each role: hand the loaded memberships to the loader instead of querying again.
    for (const membership of memberships) ctx.loaders.viewerMembership.prime(membership.workspace.id, membership);
    return memberships.map((membership) => membership.workspace.getEntity());
  }

  @Query(() => Workspace, {
    nullable: true,
    description: "A workspace of the viewer's by slug; null when it does not exist or is not theirs.",
  })
  async workspace(@Arg('slug', () => String) slug: string, @Ctx() ctx: GraphQLContext): Promise<Workspace | null> {
    const viewer = requireViewer(ctx);
    const membership = await ctx.services.workspaces.membershipBySlug(viewer.user.id, slug);
    if (!membership || !inViewerScope(viewer, membership.workspace.id)) return null;
    ctx.loaders.viewerMembership.prime(membership.workspace.id, membership);
    return membership.workspace.getEntity();
  }

  @Mutation(() => Workspace, { description: 'Creates a workspace owned by the viewer.' })
  createWorkspace(@Arg('input', () => CreateWorkspaceInput) input: CreateWorkspaceInput, @Ctx() ctx: GraphQLContext): Promise<Workspace> {
    return ctx.services.workspaces.create(requireViewer(ctx).user, input);
  }

  @Mutation(() => Workspace, { description: 'Renames a workspace or changes its address (OWNER, ADMIN).' })
  updateWorkspace(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWorkspaceInput) input: UpdateWorkspaceInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Workspace> {
    return ctx.services.workspaces.update(requireViewer(ctx).user, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a workspace and everything in it (OWNER). `confirmName` must be its exact name.' })
  async deleteWorkspace(
    @Arg('id', () => ID) id: string,
    @Arg('confirmName', () => String) confirmName: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.workspaces.delete(id, confirmName);
    return true;
  }

  @FieldResolver(() => Role, { description: "The viewer's role in this workspace." })
  async viewerRole(@Root() workspace: Workspace, @Ctx() ctx: GraphQLContext): Promise<Role> {
    const membership = await ctx.loaders.viewerMembership.load(workspace.id);
    // Workspaces only reach the schema through the viewer's memberships; a missing one means it just ended.
    if (!membership) throw new NotFoundError('Workspace');
    return membership.role;
  }

  @FieldResolver(() => MembershipConnection, { description: 'Members by join date.' })
  members(
    @Root() workspace: Workspace,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Membership>> {
    return ctx.services.memberships.list(workspace.id, first, after);
  }

  @FieldResolver(() => [Invitation], { description: 'Pending invitations, newest first (OWNER, ADMIN).' })
  invitations(@Root() workspace: Workspace, @Ctx() ctx: GraphQLContext): Promise<Invitation[]> {
    return ctx.services.invitations.pending(workspace.id);
  }

  @FieldResolver(() => Usage, { description: "Consumption of the plan's limits." })
  usage(@Root() workspace: Workspace, @Ctx() ctx: GraphQLContext): Promise<Usage> {
    return ctx.services.usage.usage(workspace.id);
  }

  @Subscription(() => Usage, {
    description: "The workspace's usage now, then again whenever it changes.",
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      return ctx.services.usage.usageUpdates(args.workspaceId as string, ctx.forkEntityManager);
    },
  })
  workspaceUsage(@Root() usage: Usage, @Arg('workspaceId', () => ID) _workspaceId: string): Usage {
    return usage;
  }
}
