import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext, requireBrowserSession } from '../../graphql/context';
import { CookieConsentInput } from './cookie-consent.inputs';

@Resolver()
export class ConsentResolver {
  @Mutation(() => Boolean, {
    description:
      'Records the signed-in user’s cookie choice with the time and policy version (browser sessions only). Unknown category or outdated policy version: BAD_USER_INPUT.',
  })
  async recordCookieConsent(
    @Arg('input', () => CookieConsentInput) input: CookieConsentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.consent.record(requireBrowserSession(ctx).user.id, input);
    return true;
  }
}
