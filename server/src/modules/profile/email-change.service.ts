import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, UnauthenticatedError } from '../../errors/app-error';
import type { Mailer } from '../../infra/mail/mailer';
import { type AttemptLimit, enforceRateLimit } from '../../infra/rate-limit/enforce-rate-limit';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { releaseUnverifiedHolder } from '../account/unverified-holder';
import { User } from '../account/user.entity';
import { WrongPasswordError } from '../auth/auth.errors';
import { normalizeEmail } from '../auth/auth.inputs';
import { EmailVerification } from '../auth/email-verification.entity';
import { EMAIL_VERIFICATION_LIFETIME_MS, generateVerificationToken, hashVerificationToken } from '../auth/email-verification.service';
import { PASSWORD_CONFIRMATIONS_PER_USER, passwordConfirmationKey, passwordMatches } from '../auth/password';
import { PasswordReset } from '../auth/password-reset.entity';
import type { SessionService } from '../auth/session.service';
import { EmailChange } from './email-change.entity';
import { confirmEmailChangeMail, emailChangedMail, emailChangeRequestedMail } from './email-change-mail';
import { EmailChangeTokenUnusableError, EmailInUseError, SameEmailError } from './profile.errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Guesses at a confirmation link's token from a signed-in session. */
const CONFIRMATIONS_PER_USER = { limit: 10, windowSeconds: 900 };
/**
 * Requests with the right password, per user: each mails two addresses, and each says whether the new address is
 * taken, so this also bounds how fast an account can probe addresses (see `request`).
 */
const REQUESTS_PER_USER = { limit: 5, windowSeconds: 3600 };

export interface EmailChangeDeps {
  em: EntityManager;
  /** Ends the sockets of an unverified holder whose address the confirmation takes over. */
  sessions: Pick<SessionService, 'announceEnded'>;
  mailer: Mailer;
  rateLimiter: RateLimiter;
  appUrl: string;
}

/** Changing the address: the password asks, a link mailed to the new address confirms, the old address is told. */
export class EmailChangeService {
  constructor(private readonly deps: EmailChangeDeps) {}

  /**
   * Needs the current password. An address a VERIFIED account holds is refused with a CONFLICT, said plainly,
   * unlike sign-up, which answers the same for taken addresses: here the caller has proved the account's password,
   * and after that at most 5 requests an hour per account may ask, fewer than the one-sign-up-at-a-time probing the
   * sign-up trade-off accepts (README, "Accounts"). An address an unverified account holds is not refused: it never
   * blocks the owner who proves it (the confirmation releases it, as a verified sign-up does).
   */
  async request(userId: string, rawNewEmail: string, password: string): Promise<true> {
    await this.throttle(passwordConfirmationKey(userId), PASSWORD_CONFIRMATIONS_PER_USER);
    const newEmail = normalizeEmail(rawNewEmail);
    if (!EMAIL.test(newEmail) || newEmail.length > 254) throw BadUserInputError.field('newEmail', 'Enter a valid email address.');
    await this.deps.em.transactional(async (tx) => {
      const user = await tx.findOne(User, userId, { populate: ['passwordHash'] });
      if (!user) throw new UnauthenticatedError();
      if (!(await passwordMatches(user.passwordHash, password))) throw new WrongPasswordError();
      if (newEmail === user.email) throw new SameEmailError();
      await this.throttle(`emailChange:request:user:${userId}`, REQUESTS_PER_USER);
      if (await this.heldByVerifiedAccount(tx, newEmail, user.id)) throw new EmailInUseError();
      await this.retireLinksOf(tx, user.id);
      const { token, tokenHash } = generateVerificationToken();
      tx.persist(tx.create(EmailChange, { user, newEmail, tokenHash, expiresAt: new Date(Date.now() + EMAIL_VERIFICATION_LIFETIME_MS) }));
      const confirmUrl = `${this.deps.appUrl}/confirm-email-change?token=${token}`;
      await this.deps.mailer.enqueue(tx, confirmEmailChangeMail({ to: newEmail, name: user.name, confirmUrl }));
      await this.deps.mailer.enqueue(
        tx,
        emailChangeRequestedMail({ to: user.email, name: user.name, newEmail, forgotPasswordUrl: `${this.deps.appUrl}/forgot-password` }),
      );
      await tx.flush();
    });
    return true;
  }

  /**
   * Follows the link, signed in as the user who asked (anyone else's link is "not valid" to them and stays usable by
   * its owner): the address changes and counts as verified, in one transaction with the link's use. The address
   * must still be free at that moment; pending verification and reset links, which went to the old address, stop
   * working; the old address is told.
   */
  async confirm(userId: string, token: string): Promise<User> {
    await this.throttle(`emailChange:confirm:user:${userId}`, CONFIRMATIONS_PER_USER);
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new EmailChangeTokenUnusableError('unknown');
    try {
      const { user, released } = await this.deps.em.transactional(async (tx) => {
        const link = await tx.findOne(EmailChange, { tokenHash: hashVerificationToken(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!link || link.user.id !== userId) throw new EmailChangeTokenUnusableError('unknown');
        if (link.usedAt) throw new EmailChangeTokenUnusableError('used');
        const now = new Date();
        if (link.expiresAt <= now) throw new EmailChangeTokenUnusableError('expired');
        const user = await tx.findOneOrFail(User, userId);
        if (await this.heldByVerifiedAccount(tx, link.newEmail, user.id)) throw new EmailInUseError();
        const releasedHolder = await releaseUnverifiedHolder(tx, link.newEmail, user);
        const oldEmail = user.email;
        user.email = link.newEmail;
        // The link proved the new address, exactly as a verification link would have.
        user.emailVerifiedAt = now;
        link.usedAt = now;
        await this.retireLinksOf(tx, user.id);
        await tx.nativeUpdate(EmailVerification, { user: user.id, usedAt: null }, { usedAt: now });
        await tx.nativeDelete(PasswordReset, { user: user.id, usedAt: null });
        await this.deps.mailer.enqueue(tx, emailChangedMail({ to: oldEmail, name: user.name, newEmail: user.email }));
        await tx.flush();
        return { user, released: releasedHolder };
      });
      // After the commit: the released holder's open sockets close, like a revoked session's.
      if (released) this.deps.sessions.announceEnded(released.endedCredentialIds);
      return user;
    } catch (error) {
      // Another account took the address between the check and the write (the unique index caught it).
      if (error instanceof UniqueConstraintViolationException) throw new EmailInUseError();
      throw error;
    }
  }

  private async heldByVerifiedAccount(tx: EntityManager, email: string, except: string): Promise<boolean> {
    const holder = await tx.findOne(User, { email, id: { $ne: except } });
    return Boolean(holder?.emailVerifiedAt);
  }

  private async retireLinksOf(tx: EntityManager, userId: string): Promise<void> {
    await tx.nativeUpdate(EmailChange, { user: userId, usedAt: null }, { usedAt: new Date() });
  }

  private throttle(key: string, attempts: AttemptLimit): Promise<void> {
    return enforceRateLimit(this.deps.rateLimiter, key, attempts);
  }
}
