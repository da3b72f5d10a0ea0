import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/context';
import type { Page } from '../../shared/pagination';
import { User } from '../account/user.entity';
import { toCitation } from '../copilot/citation.types';
import { Message } from '../copilot/message.entity';
import { Report } from './report.entity';
import { ReportCategory, ReportStatus } from './report.enums';
import { ReportConnection, ReportSnapshotType } from './report.types';

@Resolver(() => Report)
export class ReportResolver {
  @Mutation(() => Report, { description: "Reports an answer to the workspace's admins, with a snapshot of it." })
  reportAnswer(
    @Arg('messageId', () => ID) messageId: string,
    @Arg('category', () => ReportCategory) category: ReportCategory,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Report> {
    return ctx.services.reports.report(requireViewer(ctx).user, messageId, category, comment);
  }

  @Query(() => ReportConnection, { description: "The workspace's reports inbox, newest first (OWNER, ADMIN)." })
  reports(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('status', () => ReportStatus, { nullable: true, description: 'Only reports with this status.' }) status: ReportStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Report>> {
    return ctx.services.reports.list(workspaceId, status, first, after);
  }

  @Mutation(() => Report, { description: 'Resolves or dismisses a report, with a note the reporter sees (OWNER, ADMIN).' })
  resolveReport(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ReportStatus) status: ReportStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Report> {
    return ctx.services.reports.resolve(requireViewer(ctx).user, id, status, note);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who reported it; null once their account is gone.' })
  reporter(@Root() report: Report, @Ctx() ctx: GraphQLContext): Promise<User> | null {
    return report.reporter ? ctx.loaders.user.load(report.reporter.id) : null;
  }

  @FieldResolver(() => ReportSnapshotType, { description: 'The question, answer and cited passages as reported.' })
  async snapshot(@Root() report: Report, @Ctx() ctx: GraphQLContext): Promise<ReportSnapshotType> {
    const citations = await Promise.all(
      report.snapshot.citations.map(async (stored) => toCitation(stored, await ctx.loaders.document.load(stored.documentId))),
    );
    return { question: report.snapshot.question, answer: report.snapshot.answer, citations, messageId: report.message?.id ?? null };
  }
}

/** `Message.viewerReport`: the reports module adds it to the copilot's Message type. */
@Resolver(() => Message)
export class MessageReportResolver {
  @FieldResolver(() => Report, { nullable: true, description: "The viewer's latest report on this answer, with its outcome." })
  viewerReport(@Root() message: Message, @Ctx() ctx: GraphQLContext): Promise<Report | null> {
    requireViewer(ctx);
    return ctx.loaders.viewerLatestReport.load(message.id);
  }
}
