import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError } from '../../errors/app-error';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { User } from '../account/user.entity';
import type { InvitationService } from '../workspace/invitation.service';
import type { WorkspaceService } from '../workspace/workspace.service';
import { EmailAlreadyRegisteredError, InvalidCredentialsError, WeakPasswordError } from './auth.errors';
import { type LogInInput, normalizeEmail, type SignUpInput } from './auth.inputs';
import { hashPassword, verifyAgainstDummyHash, verifyPassword } from './password';
import { passwordProblem } from './password-policy';
import type { Session } from './session.entity';
import type { ClientInfo, SessionService } from './session.service';

export interface SignedIn {
  user: User;
  session: Session;
  token: string;
}

export interface AuthServiceDeps {
  em: EntityManager;
  sessions: SessionService;
  workspaces: WorkspaceService;
  invitations: InvitationService;
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
   * Creates the account and a session, all or nothing. The account gets a first workspace of its own, unless it
   * signs up from an invitation link: then it joins that workspace instead, and its email counts as verified.
   */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<SignedIn> {
    await this.throttle(`signUp:ip:${client.ip ?? 'unknown'}`);
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    const { em } = this.deps;
    const problem = passwordProblem(input.password, { email, name });
    if (problem) throw new WeakPasswordError('password', problem);
    if ((await em.count(User, { email })) > 0) throw new EmailAlreadyRegisteredError();
    const { invitationToken } = input;
    // Checked before the slow password hash, so a bad link fails fast.
    if (invitationToken) await this.deps.invitations.assertAcceptableBy(em, invitationToken, email);
    const passwordHash = await hashPassword(input.password);
    // Two sign-ups with one address at the same moment: the unique index lets one through, and the error mapping
    // (errors/database-errors.ts) tells the other that the account exists.
    const user = await em.transactional(async (tx) => {
      const created = tx.create(User, { email, name, passwordHash });
      tx.persist(created);
      if (invitationToken) await this.deps.invitations.acceptAs(tx, created, invitationToken);
      else await this.deps.workspaces.createOwned(tx, created, { name: `${name}'s workspace` });
      return created;
    });
    const { session, token } = await this.deps.sessions.open(user, { rememberMe: input.rememberMe, client });
    return { user, session, token };
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

  private async throttle(key: string, limit = this.deps.authAttemptsPerMinute): Promise<void> {
    const result = await this.deps.rateLimiter.hit(key, limit, 60);
    if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
  }

  private async slowDownIfBusy(key: string): Promise<void> {
    const result = await this.deps.rateLimiter.hit(key, this.deps.authAttemptsPerMinute, 60);
    if (!result.allowed) await sleep(this.deps.accountSlowdownMs);
  }
}
