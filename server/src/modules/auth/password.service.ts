import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, UnauthenticatedError } from '../../errors/app-error';
import type { JobQueue } from '../../infra/jobs/job-queue';
import type { Mailer } from '../../infra/mail/mailer';
import { passwordChangedMail } from '../../infra/mail/templates/password-changed';
import { passwordResetMail } from '../../infra/mail/templates/password-reset';
import { type AttemptLimit, enforceRateLimit } from '../../infra/rate-limit/enforce-rate-limit';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { User } from '../account/user.entity';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { PasswordResetTokenUnusableError, WeakPasswordError, WrongCurrentPasswordError } from './auth.errors';
import { normalizeEmail } from './auth.inputs';
import { hashPassword, PASSWORD_CONFIRMATIONS_PER_USER, passwordConfirmationKey, passwordMatches, verifyPassword } from './password';
import { passwordProblem } from './password-policy';
import { PasswordReset } from './password-reset.entity';
import {
  generatePasswordResetToken,
  hashPasswordResetToken,
  looksLikePasswordResetToken,
  PASSWORD_RESET_LIFETIME_MS,
} from './password-reset-token';
import type { Session } from './session.entity';
import type { ClientInfo, SessionService } from './session.service';

/** The background job that looks the address up and, when it has an account, mails a reset link. */
export const PASSWORD_RESET_JOB = 'password-reset-request';
export interface PasswordResetJob {
  email: string;
}

export interface PasswordServiceDeps {
  em: EntityManager;
  audit: AuditService;
  sessions: SessionService;
  mailer: Mailer;
  jobs: JobQueue;
  rateLimiter: RateLimiter;
  appUrl: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Reset requests: per address (a mailbox is not to be flooded), per IP (one client trying many addresses). */
const RESET_REQUESTS_PER_EMAIL = { limit: 5, windowSeconds: 3600 };
const RESET_REQUESTS_PER_IP = { limit: 20, windowSeconds: 3600 };
/** Setting a password from a link: generous for typos and refused passwords, tight for token guessing. */
const RESETS_PER_IP = { limit: 30, windowSeconds: 900 };
/** Guesses of the current password from a signed-in session (a stolen one, say). */

/** Password reset (mailed link) and change (signed in), with the rules of password-policy.ts. */
export class PasswordService {
  constructor(private readonly deps: PasswordServiceDeps) {}

  /**
   * Always true, and the same statements whether or not the address has an account: the look-up, token and mail
   * happen in a background job, so neither the answer nor its timing says whether the account exists.
   */
  async requestReset(rawEmail: string, client: ClientInfo): Promise<true> {
    const email = normalizeEmail(rawEmail);
    if (!EMAIL.test(email) || email.length > 254) throw BadUserInputError.field('email', 'Enter a valid email address.');
    await this.throttle(`passwordReset:ip:${client.ip ?? 'unknown'}`, RESET_REQUESTS_PER_IP);
    await this.throttle(`passwordReset:email:${email}`, RESET_REQUESTS_PER_EMAIL);
    // No look-up here: one job insert, the same for every address; the job finds out whether there is an account.
    await this.deps.jobs.send<PasswordResetJob>(PASSWORD_RESET_JOB, { email }, { retryLimit: 3, retryDelay: 10, retryBackoff: true });
    return true;
  }

  /** The job's work: for an existing account, a fresh link (older unused ones stop working) and its mail, together. */
  async sendResetLink(email: string): Promise<void> {
    await this.deps.em.transactional(async (tx) => {
      const user = await tx.findOne(User, { email });
      if (!user) return;
      await tx.nativeDelete(PasswordReset, { user: user.id, usedAt: null });
      const { token, tokenHash } = generatePasswordResetToken();
      tx.persist(tx.create(PasswordReset, { user, tokenHash, expiresAt: new Date(Date.now() + PASSWORD_RESET_LIFETIME_MS) }));
      await this.deps.mailer.enqueue(
        tx,
        passwordResetMail({
          to: user.email,
          resetUrl: `${this.deps.appUrl}/reset-password?token=${token}`,
          validForMinutes: PASSWORD_RESET_LIFETIME_MS / 60_000,
        }),
      );
    });
  }

  /**
   * Sets the password from a link's token and ends every session of the account, in one transaction: the token is
   * locked, so two uses at once cannot both succeed. A bad token or a refused password changes nothing.
   */
  async resetPassword(token: string, newPassword: string, client: ClientInfo): Promise<true> {
    await this.throttle(`resetPassword:ip:${client.ip ?? 'unknown'}`, RESETS_PER_IP);
    if (!looksLikePasswordResetToken(token)) throw new PasswordResetTokenUnusableError('unknown');
    const ended = await this.deps.em.transactional(async (tx) => {
      const reset = await tx.findOne(PasswordReset, { tokenHash: hashPasswordResetToken(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!reset) throw new PasswordResetTokenUnusableError('unknown');
      if (reset.usedAt) throw new PasswordResetTokenUnusableError('used');
      const now = new Date();
      if (reset.expiresAt <= now) throw new PasswordResetTokenUnusableError('expired');
      const user = await tx.findOneOrFail(User, reset.user.id);
      this.assertAcceptable('newPassword', newPassword, user);
      user.passwordHash = await hashPassword(newPassword);
      reset.usedAt = now;
      // Other links of this user die with this one: a reset is a fresh start.
      await tx.nativeDelete(PasswordReset, { user: user.id, usedAt: null, id: { $ne: reset.id } });
      await this.notifyChanged(tx, user, 'reset', now);
      this.deps.audit.recordAboutUser(tx, {
        userId: user.id,
        action: AuditAction.PASSWORD_RESET,
        target: { type: 'user', id: user.id, label: user.email },
        details: { via: 'reset link', allSessionsEnded: true },
      });
      await tx.flush();
      return this.deps.sessions.deleteAllOf(tx, user.id);
    });
    this.deps.sessions.announceEnded(ended);
    return true;
  }

  /** Needs the current password; keeps the session it is called from and ends every other one; mails the user. */
  async changePassword(session: Session, currentPassword: string, newPassword: string): Promise<true> {
    const userId = session.user.id;
    await this.throttle(passwordConfirmationKey(userId), PASSWORD_CONFIRMATIONS_PER_USER);
    const ended = await this.deps.em.transactional(async (tx) => {
      const user = await tx.findOne(User, userId, { populate: ['passwordHash'] });
      if (!user) throw new UnauthenticatedError();
      const currentMatches = await passwordMatches(user.passwordHash, currentPassword);
      if (!currentMatches) throw new WrongCurrentPasswordError();
      this.assertAcceptable('newPassword', newPassword, user);
      if (await verifyPassword(user.passwordHash, newPassword)) {
        throw new WeakPasswordError('newPassword', 'Choose a password different from the current one.');
      }
      user.passwordHash = await hashPassword(newPassword);
      await tx.nativeDelete(PasswordReset, { user: user.id, usedAt: null });
      await this.notifyChanged(tx, user, 'changed', new Date());
      this.deps.audit.recordAboutUser(tx, {
        userId: user.id,
        action: AuditAction.PASSWORD_CHANGED,
        target: { type: 'user', id: user.id, label: user.email },
        details: { otherSessionsEnded: true },
      });
      await tx.flush();
      return this.deps.sessions.deleteAllOf(tx, user.id, session.id);
    });
    this.deps.sessions.announceEnded(ended);
    return true;
  }

  private assertAcceptable(field: string, password: string, user: User): void {
    const problem = passwordProblem(password, user);
    if (problem) throw new WeakPasswordError(field, problem);
  }

  private notifyChanged(tx: EntityManager, user: User, how: 'changed' | 'reset', at: Date): Promise<void> {
    return this.deps.mailer.enqueue(
      tx,
      passwordChangedMail({ to: user.email, name: user.name, how, at, forgotPasswordUrl: `${this.deps.appUrl}/forgot-password` }),
    );
  }

  private throttle(key: string, attempts: AttemptLimit): Promise<void> {
    return enforceRateLimit(this.deps.rateLimiter, key, attempts);
  }
}
