import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../../errors/app-error';
import { afterCursor, pageSize, toPage } from '../../infra/db/keyset-pagination';
import { isUuid } from '../../shared/ids';
import type { Page } from '../../shared/pagination';
import { User } from '../account/user.entity';
import { cleanComment, type FeedbackService } from '../copilot/feedback.service';
import { Message } from '../copilot/message.entity';
import { actorOf, viewerMembershipIn } from '../workspace/workspace-access';
import { Report } from './report.entity';
import { type ReportCategory, ReportStatus } from './report.enums';
import { assertCanResolveReport } from './report.policy';

/** Reports about answers, and the admins' inbox of them. */
export class ReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly feedback: FeedbackService,
  ) {}

  /** Files a report with a snapshot of the question, the answer and its cited passages, as they are now. */
  async report(viewer: User, messageId: string, category: ReportCategory, comment: string | null | undefined): Promise<Report> {
    const answer = await this.feedback.ownAnswer(viewer, messageId);
    const question = answer.question ? await this.em.findOne(Message, answer.question.id) : null;
    const report = this.em.create(Report, {
      workspace: answer.workspace,
      message: answer,
      reporter: viewer.id,
      category,
      comment: cleanComment(comment),
      snapshot: { question: question?.content ?? '', answer: answer.content, citations: answer.citations },
    });
    await this.em.persist(report).flush();
    return report;
  }

  /** The inbox: a workspace's reports, newest first, optionally by status (OWNER, ADMIN — checked by the rule). */
  async list(
    workspaceId: string,
    status: ReportStatus | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<Report>> {
    const size = pageSize(first);
    const where = { workspace: workspaceId, ...(status ? { status } : {}) };
    const [rows, totalCount] = await Promise.all([
      this.em.find(Report, { ...where, ...afterCursor(after, 'desc') }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 }),
      this.em.count(Report, where),
    ]);
    return toPage(rows, size, totalCount);
  }

  async resolve(viewer: User, reportId: string, status: ReportStatus, note: string | null | undefined): Promise<Report> {
    if (status === ReportStatus.OPEN) throw BadUserInputError.field('status', 'Resolve or dismiss the report.');
    const report = isUuid(reportId) ? await this.em.findOne(Report, reportId) : null;
    if (!report) throw new NotFoundError('Report');
    const actor = await viewerMembershipIn(this.em, viewer.id, report.workspace.id, 'Report');
    assertCanResolveReport(actorOf(actor));
    report.status = status;
    report.resolutionNote = cleanComment(note);
    report.resolvedBy = this.em.getReference(User, viewer.id, { wrapped: true });
    report.resolvedAt = new Date();
    await this.em.flush();
    return report;
  }
}
