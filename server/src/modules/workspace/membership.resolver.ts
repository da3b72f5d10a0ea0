import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import { User } from '../account/user.entity';
import { Membership } from './membership.entity';
import { Role } from './role';
import { Workspace } from './workspace.entity';

@Resolver(() => Membership)
export class MembershipResolver {
  @Mutation(() => Membership, { description: "Changes a member's role below OWNER (OWNER, ADMIN; only the OWNER changes an ADMIN)." })
  changeMemberRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => Role) role: Role,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Membership> {
    return ctx.services.memberships.changeRole(requireViewer(ctx).user, membershipId, role);
  }

  @Mutation(() => Boolean, { description: 'Removes a member at once (OWNER, ADMIN; only the OWNER removes an ADMIN; never the OWNER).' })
  async removeMember(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.memberships.remove(requireViewer(ctx).user, membershipId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'The viewer leaves the workspace (the OWNER must transfer ownership first).' })
  async leaveWorkspace(@Arg('workspaceId', () => ID) workspaceId: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.memberships.leave(requireViewer(ctx).user, workspaceId);
    return true;
  }

  @Mutation(() => Workspace, { description: 'Makes another member the OWNER; the previous owner becomes ADMIN (OWNER).' })
  transferOwnership(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('membershipId', () => ID) membershipId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Workspace> {
    return ctx.services.memberships.transferOwnership(requireViewer(ctx).user, workspaceId, membershipId);
  }

  @FieldResolver(() => Workspace, { description: 'The workspace this membership is in (e.g. to open it after acceptInvitation).' })
  workspace(@Root() membership: Membership, @Ctx() ctx: GraphQLContext): Promise<Workspace> {
    return ctx.em.findOneOrFail(Workspace, membership.workspace.id);
  }

  @FieldResolver(() => User, { description: 'The member.' })
  user(@Root() membership: Membership, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.loaders.user.load(membership.user.id);
  }
}
