import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { UnauthenticatedError } from '../../errors/app-error';
import type { GraphQLContext } from '../../graphql/context';
import { User } from '../account/user.entity';
import { LogInInput, SignUpInput } from './auth.inputs';

@Resolver()
export class AuthResolver {
  @Mutation(() => User, {
    description:
      'Creates an account and its first workspace, signs in (sets the session cookie) and mails a verification link. An address that already has an account gets the same answer, but its owner is mailed instead and no account or session is created.',
  })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    const { user, token } = await ctx.services.auth.signUp(input, ctx.client);
    ctx.sessionCookie.set(token, input.rememberMe);
    return user;
  }

  @Mutation(() => User, { description: 'Signs in with email and password (sets the session cookie).' })
  async logIn(@Arg('input', () => LogInInput) input: LogInInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    const { user, token } = await ctx.services.auth.logIn(input, ctx.client);
    ctx.sessionCookie.set(token, input.rememberMe);
    return user;
  }

  @Mutation(() => User, {
    description:
      'Follows the link mailed to an address (single use, 24 hours): marks it verified. A link that finishes a sign-up also signs in. Unknown, used or expired links: BAD_USER_INPUT on `token`.',
  })
  async verifyEmail(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    const { user, signedIn } = await ctx.services.auth.verifyEmail(token, ctx.client);
    if (signedIn) ctx.sessionCookie.set(signedIn.token, false);
    return user;
  }

  @Mutation(() => Boolean, {
    description:
      'Mails the signed-in user a fresh verification link (older links stop working); rate limited per user. False when already verified.',
  })
  async resendVerificationEmail(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!ctx.viewer) throw new UnauthenticatedError();
    return ctx.services.verification.resend(ctx.viewer.user);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; true even when there was none.' })
  async logOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.auth.logOut(ctx.viewer?.session ?? null);
    ctx.sessionCookie.clear();
    return true;
  }
}
