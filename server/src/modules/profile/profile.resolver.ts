import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext, requireBrowserSession } from '../../graphql/context';
import { User } from '../account/user.entity';
import { UpdateProfileInput } from './profile.inputs';

@Resolver()
export class ProfileResolver {
  @Mutation(() => User, {
    description: 'Changes the signed-in user’s name, or removes their avatar (a new one goes to `POST /avatar`). Browser session only.',
  })
  updateProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.profile.updateProfile(requireBrowserSession(ctx).user.id, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a confirmation link (24 hours, single use) to the new address and tells the current one. Needs the password: a wrong one is BAD_USER_INPUT on `password`; an address another account uses is CONFLICT on `newEmail`. Rate limited.',
  })
  requestEmailChange(
    @Arg('newEmail', () => String) newEmail: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.emailChanges.request(requireBrowserSession(ctx).user.id, newEmail, password);
  }

  @Mutation(() => User, {
    description:
      'Follows the link mailed to the new address, signed in as the user who asked: the address changes and is verified, and the old one is told. Unknown, used or expired links: BAD_USER_INPUT on `token`.',
  })
  confirmEmailChange(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.emailChanges.confirm(requireBrowserSession(ctx).user.id, token);
  }
}
