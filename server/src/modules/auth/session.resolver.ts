import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireBrowserSession } from '../../graphql/context';
import { Session } from './session.entity';
import { describeUserAgent } from './user-agent';

/** Settings → Sessions: the viewer's signed-in browsers and devices, and ending them. */
@Resolver(() => Session)
export class SessionResolver {
  @Query(() => [Session], { description: "The viewer's active sessions, most recently used first (browser sessions only)." })
  sessions(@Ctx() ctx: GraphQLContext): Promise<Session[]> {
    return ctx.services.sessions.list(requireBrowserSession(ctx).user.id);
  }

  @Mutation(() => Boolean, {
    description: "Ends one of the viewer's sessions at once, its open WebSockets included (closed with 4401). NOT_FOUND for anyone else's.",
  })
  async revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const viewer = requireBrowserSession(ctx);
    await ctx.services.sessions.revoke(viewer.user.id, id);
    // Ending the current session is logging out: the browser's cookie goes too.
    if (id === viewer.session.id) ctx.sessionCookie.clear();
    return true;
  }

  @Mutation(() => Int, { description: "Ends every session of the viewer's but this one; answers how many ended." })
  revokeOtherSessions(@Ctx() ctx: GraphQLContext): Promise<number> {
    const viewer = requireBrowserSession(ctx);
    return ctx.services.sessions.revokeOthers(viewer.user.id, viewer.session.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the session making the request ("this device").' })
  current(@Root() session: Session, @Ctx() ctx: GraphQLContext): boolean {
    return ctx.viewer?.session?.id === session.id;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Operating system and device, from the user agent: "Mac OS 10.15.7".' })
  device(@Root() session: Session): string | null {
    return describeUserAgent(session.userAgent).device;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Browser or client and its major version, from the user agent: "Chrome 131".',
  })
  browser(@Root() session: Session): string | null {
    return describeUserAgent(session.userAgent).browser;
  }
}
