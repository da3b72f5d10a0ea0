import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import type { Page } from '../../shared/pagination';
import { AuditEventConnection, type AuditEventType } from './audit.types';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "A workspace's audit log, newest first (OWNER, ADMIN)." })
  async auditLog(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<AuditEventType>> {
    const page = await ctx.services.audit.list(workspaceId, first, after);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: { ...node, actor: node.actor?.getEntity() ?? null, id: node.id, createdAt: node.createdAt },
      })),
    };
  }
}
