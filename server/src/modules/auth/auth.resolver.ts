import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { User } from '../account/user.entity';
import { LogInInput, SignUpInput } from './auth.inputs';

@Resolver()
export class AuthResolver {
  @Mutation(() => User, { description: 'Creates an account and its first workspace, and signs in (sets the session cookie).' })
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

  @Mutation(() => Boolean, { description: 'Ends the current session; true even when there was none.' })
  async logOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.auth.logOut(ctx.viewer?.session ?? null);
    ctx.sessionCookie.clear();
    return true;
  }
}
