import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext, requireBrowserSession } from '../../graphql/context';

@Resolver()
export class PasswordResolver {
  @Mutation(() => Boolean, {
    description:
      'Mails a password reset link (valid 30 minutes, single use) when the address has an account. Always true, whether or not it has one.',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.passwords.requestReset(email, ctx.client);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token from a reset link, and ends every session of the account. A bad token: BAD_USER_INPUT on `token`; a refused password: on `newPassword`.',
  })
  resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.passwords.resetPassword(token, newPassword, ctx.client);
  }

  @Mutation(() => Boolean, {
    description:
      'Changes the password of the signed-in user; ends every other session and mails the user. A wrong current password: BAD_USER_INPUT on `currentPassword`.',
  })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.passwords.changePassword(requireBrowserSession(ctx).session, currentPassword, newPassword);
  }
}
