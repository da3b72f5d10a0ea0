import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, requireBrowserSession } from '../../graphql/context';
import type { Page } from '../../shared/pagination';
import { AuditEventConnection, type AuditEventType } from './audit.types';
import type { AuditEvent } from './audit-event.entity';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "A workspace's audit log, newest first (OWNER, ADMIN)." })
  async auditLog(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<AuditEventType>> {
    return toConnection(await ctx.services.audit.list(workspaceId, first, after));
  }

  @Query(() => AuditEventConnection, {
    description:
      "The viewer's security log, newest first: sessions ended, API tokens created and revoked, password changed or reset, email verified. Only the viewer's own entries; browser sessions only.",
  })
  async securityLog(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<AuditEventType>> {
    return toConnection(await ctx.services.audit.listAboutUser(requireBrowserSession(ctx).user.id, first, after));
  }
}

function toConnection(page: Page<AuditEvent>): Page<AuditEventType> {
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => ({
      cursor,
      node: { ...node, actor: node.actor?.getEntity() ?? null, id: node.id, createdAt: node.createdAt },
    })),
  };
}
