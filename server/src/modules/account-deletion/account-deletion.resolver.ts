import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext, requireBrowserSession } from '../../graphql/context';

@Resolver()
export class AccountDeletionResolver {
  @Mutation(() => Boolean, {
    description:
      'Deletes the signed-in account and its personal data for good, signs out everywhere and mails the user. A wrong password: BAD_USER_INPUT on `password` (10 tries per 15 minutes). While the user owns a workspace with other members: CONFLICT with `extensions.workspaces` ([{ id, name, slug }]) and nothing changes.',
  })
  async deleteAccount(@Arg('password', () => String) password: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.accountDeletion.deleteAccount(requireBrowserSession(ctx).user.id, password);
    ctx.sessionCookie.clear();
    return true;
  }
}
