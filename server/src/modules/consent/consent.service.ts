import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError } from '../../errors/app-error';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { CookiePolicyVersionMismatchError, UnknownConsentCategoryError } from './consent.errors';
import { CookieConsent } from './cookie-consent.entity';
import { COOKIE_POLICY_VERSION, isOptionalCookieCategory, OPTIONAL_COOKIE_CATEGORIES, type OptionalCookieCategory } from './cookie-policy';

/** A user clicks the banner a few times at most; a script replaying the mutation must not fill the table. */
const RECORDS_PER_USER = { limit: 20, windowSeconds: 3600 };

/** A consent record as the data export writes it. */
export interface ConsentRecord {
  policyVersion: string;
  categories: Record<OptionalCookieCategory, boolean>;
  decidedAt: string;
}

/** Every cookie choice the user made, oldest first: for the data export (GDPR art. 15 and 20). */
export async function consentRecordsOf(em: EntityManager, userId: string): Promise<ConsentRecord[]> {
  const rows = await em.find(CookieConsent, { user: userId }, { orderBy: { decidedAt: 'asc', id: 'asc' } });
  return rows.map((row) => ({ policyVersion: row.policyVersion, categories: row.categories, decidedAt: row.decidedAt.toISOString() }));
}

export class ConsentService {
  constructor(
    private readonly em: EntityManager,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /**
   * Records a signed-in user's cookie choice. Consent of a logged-out visitor is kept in their browser only (the
   * server has no one to attach it to); the client records it right after log-in or sign-up.
   */
  async record(userId: string, input: { policyVersion: string; granted: string[] }): Promise<CookieConsent> {
    for (const category of input.granted) {
      if (!isOptionalCookieCategory(category)) throw new UnknownConsentCategoryError(category);
    }
    if (input.policyVersion !== COOKIE_POLICY_VERSION) throw new CookiePolicyVersionMismatchError();
    const result = await this.rateLimiter.hit(`cookieConsent:user:${userId}`, RECORDS_PER_USER.limit, RECORDS_PER_USER.windowSeconds);
    if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
    const categories = Object.fromEntries(
      OPTIONAL_COOKIE_CATEGORIES.map((category) => [category, input.granted.includes(category)]),
    ) as Record<OptionalCookieCategory, boolean>;
    const record = this.em.create(CookieConsent, { user: userId, policyVersion: input.policyVersion, categories });
    await this.em.persist(record).flush();
    return record;
  }
}
