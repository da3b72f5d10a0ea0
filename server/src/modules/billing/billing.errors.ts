import { AppError, BadUserInputError, ConflictError, ErrorCode } from '../../errors/app-error';
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

/** Only paid plans can be bought: FREE (or a plan we do not sell) is a BAD_USER_INPUT on `plan`. */
export class PlanNotPurchasableError extends BadUserInputError {
  constructor(plan: string) {
    super([{ field: 'plan', message: `The ${plan} plan cannot be bought: choose PRO.` }], `The ${plan} plan cannot be bought: choose PRO.`);
  }
}

/** The workspace already pays for a plan: a second checkout would charge twice; manage it in the billing portal. */
export class AlreadySubscribedError extends ConflictError {
  constructor() {
    super('This workspace already has a subscription. Change or cancel it with "Manage billing".');
  }
}

/** Stripe failed or timed out; nothing was stored. */
export class BillingProviderUnavailableError extends AppError {
  constructor() {
    super(
      ErrorCode.BILLING_PROVIDER_UNAVAILABLE,
      'The payment provider is not answering right now. Nothing was changed: try again in a minute.',
      {
        retryAfterSeconds: 30,
      },
    );
  }
}
