import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, RateLimitedError } from '../../errors/app-error';
import type { Mailer } from '../../infra/mail/mailer';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { User } from '../account/user.entity';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { EmailVerification } from './email-verification.entity';
import { signUpAttemptMail, verificationMail } from './email-verification-mail';

export const EMAIL_VERIFICATION_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Resends per user per hour: enough for a lost mail, too few to flood an inbox. */
export const RESEND_LIMIT = { limit: 3, windowSeconds: 3600 };

/** 256 random bits (the floor is 128), URL-safe; only the SHA-256 is stored. */
export function generateVerificationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashVerificationToken(token) };
}

export function hashVerificationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class VerificationLinkUnusableError extends BadUserInputError {
  constructor(reason: 'unknown' | 'used' | 'expired') {
    const message =
      reason === 'expired'
        ? 'This verification link has expired. Sign in and send a new one.'
        : reason === 'used'
          ? 'This verification link was already used or replaced by a newer one.'
          : 'This verification link is not valid. Check that you copied the whole link.';
    super([{ field: 'token', message }], message);
  }
}

export interface EmailVerificationDeps {
  em: EntityManager;
  audit: AuditService;
  mailer: Mailer;
  rateLimiter: RateLimiter;
  appUrl: string;
}

/** The link that proves an address: issue, resend, consume. What the proof unlocks is the caller's business. */
export class EmailVerificationService {
  constructor(private readonly deps: EmailVerificationDeps) {}

  /** A fresh link for `user`'s address, in the caller's transaction; older links of the user stop working. */
  async issue(tx: EntityManager, user: User): Promise<void> {
    await this.retireLinksOf(tx, user);
    const { token, tokenHash } = generateVerificationToken();
    tx.persist(tx.create(EmailVerification, { tokenHash, email: user.email, user, expiresAt: this.expiry() }));
    await this.deps.mailer.enqueue(tx, verificationMail({ to: user.email, name: user.name, verifyUrl: this.url(token) }));
  }

  /** `resendVerificationEmail`: rate-limited per user; a verified user gets `false` and no mail. */
  async resend(viewer: User): Promise<boolean> {
    const result = await this.deps.rateLimiter.hit(`verifyEmail:resend:user:${viewer.id}`, RESEND_LIMIT.limit, RESEND_LIMIT.windowSeconds);
    if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
    return this.deps.em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, viewer.id);
      if (user.emailVerifiedAt) return false;
      await this.issue(tx, user);
      await tx.flush();
      return true;
    });
  }

  /**
   * A pending sign-up for an address an unverified account holds: nothing is created until the link is followed
   * (then the address is taken over). The new account's name and password hash wait in the link's record.
   */
  async issuePendingSignUp(tx: EntityManager, email: string, name: string, passwordHash: string): Promise<void> {
    const { token, tokenHash } = generateVerificationToken();
    tx.persist(
      tx.create(EmailVerification, { tokenHash, email, pendingName: name, pendingPasswordHash: passwordHash, expiresAt: this.expiry() }),
    );
    await this.deps.mailer.enqueue(tx, verificationMail({ to: email, name, verifyUrl: this.url(token) }));
  }

  /** Tells the verified owner of `email` that someone tried to sign up with it (instead of telling the requester). */
  async notifyOwnerOfSignUpAttempt(tx: EntityManager, email: string): Promise<void> {
    await this.deps.mailer.enqueue(tx, signUpAttemptMail({ to: email, logInUrl: `${this.deps.appUrl}/login` }));
  }

  /** Marks the link used and returns it; unknown, used or expired links are refused with field `token`. */
  async consume(tx: EntityManager, token: string): Promise<EmailVerification> {
    const link = /^[A-Za-z0-9_-]{20,64}$/.test(token)
      ? await tx.findOne(EmailVerification, { tokenHash: hashVerificationToken(token) }, { populate: ['pendingPasswordHash'] })
      : null;
    if (!link) throw new VerificationLinkUnusableError('unknown');
    if (link.usedAt) throw new VerificationLinkUnusableError('used');
    if (link.expiresAt <= new Date()) throw new VerificationLinkUnusableError('expired');
    // Single use even under a race: only the request whose update matches an unused row goes on.
    const claimed = await tx.nativeUpdate(EmailVerification, { id: link.id, usedAt: null }, { usedAt: new Date() });
    if (claimed !== 1) throw new VerificationLinkUnusableError('used');
    link.usedAt = new Date();
    return link;
  }

  /** The address is proved (by a link or an invitation): mark it, and retire the user's other links. */
  async markVerified(tx: EntityManager, user: User): Promise<void> {
    if (!user.emailVerifiedAt) {
      user.emailVerifiedAt = new Date();
      this.deps.audit.recordAboutUser(tx, {
        userId: user.id,
        action: AuditAction.EMAIL_VERIFIED,
        target: { type: 'user', id: user.id, label: user.email },
      });
    }
    await this.retireLinksOf(tx, user);
  }

  private async retireLinksOf(tx: EntityManager, user: User): Promise<void> {
    await tx.nativeUpdate(EmailVerification, { user: user.id, usedAt: null }, { usedAt: new Date() });
  }

  private expiry(): Date {
    return new Date(Date.now() + EMAIL_VERIFICATION_LIFETIME_MS);
  }

  private url(token: string): string {
    return `${this.deps.appUrl}/verify-email?token=${token}`;
  }
}
