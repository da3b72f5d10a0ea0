import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../errors/app-error';
import type { GraphQLContext } from '../graphql/context';
import { Document } from '../modules/knowledge/document.entity';
import { DocumentViewerCan } from '../modules/knowledge/knowledge.types';
import { Membership } from '../modules/workspace/membership.entity';
import { MembershipViewerCan, WorkspaceViewerCan } from '../modules/workspace/viewer-can.types';
import { Workspace } from '../modules/workspace/workspace.entity';
import { documentViewerCan, membershipViewerCan, workspaceViewerCan } from './viewer-can';

/**
 * The `viewerCan` fields, here beside the map they are asked of: feature modules sit below the permissions layer
 * and do not import it. Each answer comes from the map's rules and the services' policies (viewer-can.ts).
 */
@Resolver(() => Workspace)
export class WorkspaceViewerCanResolver {
  @FieldResolver(() => WorkspaceViewerCan, { description: 'What the viewer may do with this workspace.' })
  async viewerCan(@Root() workspace: Workspace, @Ctx() ctx: GraphQLContext): Promise<WorkspaceViewerCan> {
    const membership = await ctx.loaders.viewerMembership.load(workspace.id);
    // Workspaces only reach the schema through the viewer's memberships; a missing one means it just ended.
    if (!membership) throw new NotFoundError('Workspace');
    return workspaceViewerCan(membership);
  }
}

@Resolver(() => Membership)
export class MembershipViewerCanResolver {
  @FieldResolver(() => MembershipViewerCan, { description: 'What the viewer may do to this member.' })
  async viewerCan(@Root() membership: Membership, @Ctx() ctx: GraphQLContext): Promise<MembershipViewerCan> {
    return membershipViewerCan(await ctx.loaders.viewerMembership.load(membership.workspace.id), membership);
  }
}

@Resolver(() => Document)
export class DocumentViewerCanResolver {
  @FieldResolver(() => DocumentViewerCan, { description: 'What the viewer may do with this document.' })
  async viewerCan(@Root() document: Document, @Ctx() ctx: GraphQLContext): Promise<DocumentViewerCan> {
    const membership = await ctx.loaders.viewerMembership.load(document.workspace.id);
    return documentViewerCan(membership?.role ?? null, document.addedBy?.id === ctx.viewer?.user.id);
  }
}

export const viewerCanResolvers = [WorkspaceViewerCanResolver, MembershipViewerCanResolver, DocumentViewerCanResolver] as const;
