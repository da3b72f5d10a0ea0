import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enforceRateLimit } from '../../infra/rate-limit/enforce-rate-limit';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { releaseUnverifiedHolder } from '../account/unverified-holder';
import { User } from '../account/user.entity';
import type { InvitationService } from '../workspace/invitation.service';
import type { WorkspaceService } from '../workspace/workspace.service';
import { EmailAlreadyRegisteredError, InvalidCredentialsError, WeakPasswordError } from './auth.errors';
import { type LogInInput, normalizeEmail, type SignUpInput } from './auth.inputs';
import { type EmailVerificationService, VerificationLinkUnusableError } from './email-verification.service';
import { hashPassword, verifyAgainstDummyHash, verifyPassword } from './password';
import { passwordProblem } from './password-policy';
import type { Session } from './session.entity';
import type { ClientInfo, SessionService } from './session.service';
import { generateSessionToken } from './session-token';

export interface SignedIn {
  user: User;
  session: Session;
  token: string;
}

/**
 * What a sign-up for a taken address answers: shaped like a new account (never stored) and a token that matches no
 * session, so the response cannot tell the two apart. See `signUp`.
 */
export interface Lookalike {
  user: User;
  session: null;
  token: string;
}

function lookalike(email: string, name: string): Lookalike {
  const user = new User();
  user.email = email;
  user.name = name;
  return { user, session: null, token: generateSessionToken() };
}

export interface AuthServiceDeps {
  em: EntityManager;
  sessions: SessionService;
  workspaces: WorkspaceService;
  invitations: InvitationService;
  verification: EmailVerificationService;
  rateLimiter: RateLimiter;
  authAttemptsPerMinute: number;
  /** How long each log-in attempt on an account waits once the account is over its limit (AUTH_ACCOUNT_SLOWDOWN_MS). */
  accountSlowdownMs: number;
}

/** Log-in attempts allowed per IP across accounts, as a multiple of the per-account-and-IP limit. */
const IP_LIMIT_FACTOR = 5;

export class AuthService {
  constructor(private readonly deps: AuthServiceDeps) {}

  /**
   * Creates the account and a session, all or nothing, and mails a verification link. The account gets a first
   * workspace of its own, unless it signs up from an invitation link: then it joins that workspace instead, and its
   * email counts as verified (the link was mailed to it).
   *
   * Enumeration (OWASP ASVS V6): the answer must not say whether the address has an account. A taken address gets
   * the same answer as a new one — the same `User` shape and a session cookie, after the same argon2 hash — but no
   * account and no session: the cookie's token matches nothing. The address's owner is mailed instead ("someone
   * tried to sign up with your address"). Trade-off, kept because the contract says signUp signs in (and the
   * journeys rely on it): the *next* request of such a caller is anonymous, so a determined attacker who follows up
   * can still tell, one rate-limited sign-up at a time; closing that fully means signUp never signs in before the
   * address is verified (see the README, "Accounts").
   *
   * An unverified account never blocks the verified owner of its address: a sign-up for an address an UNVERIFIED
   * account holds becomes a pending sign-up whose mailed link takes the address over; a sign-up from an invitation
   * sent to it (the link proves the address) takes it over at once.
   */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<SignedIn | Lookalike> {
    await this.throttle(`signUp:ip:${client.ip ?? 'unknown'}`);
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    const { em, verification } = this.deps;
    const problem = passwordProblem(input.password, { email, name });
    if (problem) throw new WeakPasswordError('password', problem);
    const holder = await em.findOne(User, { email });
    const { invitationToken } = input;
    // Checked before the slow password hash, so a bad link fails fast.
    if (invitationToken) await this.deps.invitations.assertAcceptableBy(em, invitationToken, email);
    // Hashed on every path: the answer takes as long whether or not the address has an account.
    const passwordHash = await hashPassword(input.password);
    if (holder?.emailVerifiedAt) {
      // The invitation page already told this caller (who holds a link mailed to the address) to log in instead.
      if (invitationToken) throw new EmailAlreadyRegisteredError();
      await em.transactional((tx) => verification.notifyOwnerOfSignUpAttempt(tx, email));
      return lookalike(email, name);
    }
    if (holder && !invitationToken) {
      await em.transactional((tx) => verification.issuePendingSignUp(tx, email, name, passwordHash));
      return lookalike(email, name);
    }
    // Two sign-ups with one address at the same moment: the unique index lets one through, and the error mapping
    // (errors/database-errors.ts) tells the other that the account exists.
    const { user, released } = await em.transactional(async (tx) => {
      // Only with an invitation mailed to the address (checked above): it proves the address, so it takes it over.
      const releasedHolder = holder ? await releaseUnverifiedHolder(tx, email) : null;
      const created = tx.create(User, { email, name, passwordHash });
      tx.persist(created);
      if (invitationToken) await this.deps.invitations.acceptAs(tx, created, invitationToken);
      else {
        await this.deps.workspaces.createOwned(tx, created, { name: `${name}'s workspace` });
        await verification.issue(tx, created);
      }
      return { user: created, released: releasedHolder };
    });
    // After the commit: the released holder's open sockets close, like a revoked session's.
    if (released) this.deps.sessions.announceEnded(released.endedCredentialIds);
    const { session, token } = await this.deps.sessions.open(user, { rememberMe: input.rememberMe, client });
    return { user, session, token };
  }

  /**
   * Follows a verification link (single use). A user's link marks their address verified. A pending sign-up's link
   * creates the account with the address — releasing it from an unverified holder — and signs it in.
   */
  async verifyEmail(token: string, client: ClientInfo): Promise<{ user: User; signedIn: SignedIn | null }> {
    await this.throttle(`verifyEmail:ip:${client.ip ?? 'unknown'}`);
    const { verification } = this.deps;
    const { user, created, released } = await this.deps.em.transactional(async (tx) => {
      const link = await verification.consume(tx, token);
      if (link.user) {
        const owner = await tx.findOneOrFail(User, link.user.id);
        // The account's address changed since the link was sent: it proves nothing about the new one.
        if (owner.email !== link.email) throw new VerificationLinkUnusableError('used');
        await verification.markVerified(tx, owner);
        await tx.flush();
        return { user: owner, created: false, released: null };
      }
      const holder = await tx.findOne(User, { email: link.email });
      // Someone verified the address in the meantime: it is theirs now.
      if (holder?.emailVerifiedAt) throw new VerificationLinkUnusableError('used');
      const releasedHolder = holder ? await releaseUnverifiedHolder(tx, link.email) : null;
      const name = link.pendingName ?? link.email;
      const owner = tx.create(User, { email: link.email, name, passwordHash: link.pendingPasswordHash ?? '', emailVerifiedAt: new Date() });
      tx.persist(owner);
      await this.deps.workspaces.createOwned(tx, owner, { name: `${name}'s workspace` });
      await tx.flush();
      return { user: owner, created: true, released: releasedHolder };
    });
    if (released) this.deps.sessions.announceEnded(released.endedCredentialIds);
    if (!created) return { user, signedIn: null };
    const { session, token: sessionToken } = await this.deps.sessions.open(user, { rememberMe: false, client });
    return { user, signedIn: { user, session, token: sessionToken } };
  }

  async logIn(input: LogInInput, client: ClientInfo): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const ip = client.ip ?? 'unknown';
    // Blocked per account and IP (one client guessing one password) and per IP (one client spraying many accounts,
    // with room for an office behind one address). Never blocked per account alone: then anyone could lock the
    // owner out from anywhere. Past the account's own limit, every attempt waits instead, wherever it comes from.
    await this.throttle(`logIn:pair:${email}:${ip}`);
    await this.throttle(`logIn:ip:${ip}`, this.deps.authAttemptsPerMinute * IP_LIMIT_FACTOR);
    await this.slowDownIfBusy(`logIn:account:${email}`);
    const user = await this.deps.em.findOne(User, { email }, { populate: ['passwordHash'] });
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummyHash(input.password);
    if (!user || !valid) throw new InvalidCredentialsError();
    const { session, token } = await this.deps.sessions.open(user, { rememberMe: input.rememberMe, client });
    return { user, session, token };
  }

  async logOut(session: Session | null): Promise<void> {
    if (session) await this.deps.sessions.close(session.id);
  }

  private throttle(key: string, limit = this.deps.authAttemptsPerMinute): Promise<void> {
    return enforceRateLimit(this.deps.rateLimiter, key, { limit, windowSeconds: 60 });
  }

  private async slowDownIfBusy(key: string): Promise<void> {
    const result = await this.deps.rateLimiter.hit(key, this.deps.authAttemptsPerMinute, 60);
    if (!result.allowed) await sleep(this.deps.accountSlowdownMs);
  }
}
