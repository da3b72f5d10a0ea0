import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireBrowserSession } from '../../graphql/context';
import { Workspace } from '../workspace/workspace.entity';
import { ApiToken } from './api-token.entity';
import { CreateApiTokenInput, CreatedApiToken } from './api-token.inputs';

/** Settings → API tokens: credentials for third-party GraphQL clients, managed from a browser session only. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: "The viewer's API tokens, newest first; their secrets are never shown again." })
  async apiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    const { tokens, memberships } = await ctx.services.apiTokens.list(requireBrowserSession(ctx).user.id);
    // `workspace` below checks each token's membership through the loader: primed here, it asks nothing more,
    // whatever other root field of the operation (`workspaces`) primes it first.
    for (const [workspaceId, membership] of memberships) ctx.loaders.viewerMembership.prime(workspaceId, membership);
    return tokens;
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token; the answer carries its secret, shown this once.' })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedApiToken> {
    return ctx.services.apiTokens.create(requireBrowserSession(ctx).user, input);
  }

  @Mutation(() => Boolean, { description: "Revokes one of the viewer's API tokens at once, its open WebSockets included." })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.apiTokens.revoke(requireBrowserSession(ctx).user.id, id);
    return true;
  }

  @FieldResolver(() => Workspace, { nullable: true, description: 'The one workspace the token may see; null: all of the owner’s.' })
  async workspace(@Root() token: ApiToken, @Ctx() ctx: GraphQLContext): Promise<Workspace | null> {
    if (!token.workspace) return null;
    // Shown while the owner is still a member; the token then sees nothing, and the list says so by this null.
    const membership = await ctx.loaders.viewerMembership.load(token.workspace.id);
    // Already loaded for a listed token (the list joins it in); one query for a token read on its own.
    return membership ? await token.workspace.loadOrFail() : null;
  }
}
