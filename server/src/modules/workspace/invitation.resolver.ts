import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import { User } from '../account/user.entity';
import { Invitation } from './invitation.entity';
import { invitationState } from './invitation.service';
import { InvitationPreview, InvitationStatus } from './invitation.types';
import { Membership } from './membership.entity';
import { Role } from './role';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Query(() => InvitationPreview, { nullable: true, description: 'Public: what an invitation link offers; null for an unknown token.' })
  async invitation(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext): Promise<InvitationPreview | null> {
    const found = await ctx.services.invitations.preview(token, ctx.client.ip);
    if (!found) return null;
    const { invitation, accountExists } = found;
    const status = InvitationStatus[invitationState(invitation)];
    return {
      workspaceName: invitation.workspace.getEntity().name,
      inviterName: invitation.invitedBy.getEntity().name,
      email: invitation.email,
      role: invitation.role,
      status,
      expired: status === InvitationStatus.EXPIRED,
      expiresAt: invitation.expiresAt,
      accountExists,
    };
  }

  @Mutation(() => Invitation, { description: 'Invites an address by email with a role below OWNER (OWNER, ADMIN).' })
  inviteMember(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('email', () => String) email: string,
    @Arg('role', () => Role) role: Role,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Invitation> {
    return ctx.services.invitations.invite(requireViewer(ctx).user, workspaceId, email, role);
  }

  @Mutation(() => Invitation, { description: 'Sends a pending or expired invitation again with a fresh link (OWNER, ADMIN).' })
  resendInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Invitation> {
    return ctx.services.invitations.resend(requireViewer(ctx).user, id);
  }

  @Mutation(() => Boolean, { description: 'Withdraws an invitation: its link stops working (OWNER, ADMIN).' })
  async revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.invitations.revoke(requireViewer(ctx).user, id);
    return true;
  }

  @Mutation(() => Membership, { description: "Joins the invitation's workspace; the viewer's email must be the invited one." })
  acceptInvitation(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext): Promise<Membership> {
    return ctx.services.invitations.accept(requireViewer(ctx).user, token, ctx.client.ip);
  }

  @FieldResolver(() => User, { description: 'Who sent the invitation.' })
  invitedBy(@Root() invitation: Invitation, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.loaders.user.load(invitation.invitedBy.id);
  }
}
