import { AppError, ErrorCode } from '../../errors/app-error';
import { PlanId } from './plans';

/** A plan limit would be exceeded (PLAN_LIMIT_REACHED): the message names the plan, the limit and the way out. */
export class PlanLimitReachedError extends AppError {
  constructor(limit: string, plan: PlanId, max: number) {
    const what =
      { members: 'members', documents: 'documents', documentBytes: 'bytes per document', questionsPerPeriod: 'questions a month' }[limit] ??
      limit;
    super(
      ErrorCode.PLAN_LIMIT_REACHED,
      `The ${plan === PlanId.FREE ? 'Free' : 'Pro'} plan allows ${max.toLocaleString('en-US')} ${what}. Upgrade for more.`,
      {
        limit,
        plan,
        max,
      },
    );
  }
}
