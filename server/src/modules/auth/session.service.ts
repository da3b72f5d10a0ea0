import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../errors/app-error';
import { mapRow, selectColumns } from '../../infra/db/entity-rows';
import type { AccessEvents } from '../../infra/pubsub/access-events';
import { isUuid } from '../../shared/ids';
import { User } from '../account/user.entity';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { Session } from './session.entity';
import { expiryAfterActivity, initialExpiry, shouldTouch } from './session-lifetime';
import { generateSessionToken, hashSessionToken, looksLikeSessionToken } from './session-token';
import { describeUserAgent } from './user-agent';

/** Who is calling, as far as the transport can tell; stored on sessions so users can recognise them later. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessEvents,
    private readonly audit: AuditService,
  ) {}

  /** Opens a session and returns its token: the only time the plain token exists on the server. */
  async open(user: User, options: { rememberMe: boolean; client: ClientInfo }): Promise<{ session: Session; token: string }> {
    const token = generateSessionToken();
    const now = new Date();
    const session = this.em.create(Session, {
      tokenHash: hashSessionToken(token),
      user,
      rememberMe: options.rememberMe,
      userAgent: options.client.userAgent?.slice(0, 512) ?? null,
      ip: options.client.ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: initialExpiry(options.rememberMe, now),
    });
    await this.em.persist(session).flush();
    return { session, token };
  }

  /**
   * The live session for a token, with its user, or null for unknown, forged or expired tokens. `touch: false` for
   * look-ups that are not the user's activity (a subscription re-checking its access must not keep a session alive).
   */
  async authenticate(token: string, { touch = true }: { touch?: boolean } = {}): Promise<Session | null> {
    if (!looksLikeSessionToken(token)) return null;
    const now = new Date();
    // Every signed-in request runs this: plain SQL, mapped to the same managed entities (infra/db/entity-rows.ts).
    const rows: Array<Record<string, unknown>> = await this.em.execute(
      `select ${selectColumns(this.em, Session, 's', 's_')}, ${selectColumns(this.em, User, 'u', 'u_')}
         from "sessions" s join "users" u on u."id" = s."user_id"
        where s."token_hash" = ? and s."expires_at" > ?`,
      [hashSessionToken(token), now],
    );
    const row = rows[0];
    if (!row) return null;
    // The user first: the session's reference then points at the loaded user, as `populate: ['user']` did.
    mapRow(this.em, User, row, 'u_');
    const session = mapRow(this.em, Session, row, 's_');
    if (touch && shouldTouch(session.lastSeenAt, now)) await this.touch(session, now);
    return session;
  }

  /** The user's live sessions, most recently used first. */
  list(userId: string): Promise<Session[]> {
    return this.em.find(Session, { user: userId, expiresAt: { $gt: new Date() } }, { orderBy: { lastSeenAt: 'desc', id: 'asc' } });
  }

  /** Ends one of the user's sessions; anyone else's (or an unknown id) is NOT_FOUND, as if it did not exist. */
  async revoke(userId: string, sessionId: string): Promise<void> {
    const session = isUuid(sessionId) ? await this.em.findOne(Session, { id: sessionId, user: userId }) : null;
    if (!session) throw new NotFoundError('Session');
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(Session, { id: session.id });
      this.audit.recordAboutUser(tx, {
        userId,
        action: AuditAction.SESSION_REVOKED,
        target: { type: 'session', id: session.id, label: sessionLabel(session) },
      });
    });
    // After the commit: its sockets close on every instance.
    this.access.sessionEnded(session.id);
  }

  /** Ends every live session of the user but `keepId`; returns how many ended. */
  async revokeOthers(userId: string, keepId: string): Promise<number> {
    const others = await this.em.find(Session, { user: userId, id: { $ne: keepId }, expiresAt: { $gt: new Date() } }, { fields: ['id'] });
    if (others.length === 0) return 0;
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(Session, { id: { $in: others.map((session) => session.id) } });
      this.audit.recordAboutUser(tx, {
        userId,
        action: AuditAction.OTHER_SESSIONS_REVOKED,
        target: { type: 'session', id: keepId, label: `${others.length} other session${others.length === 1 ? '' : 's'}` },
        details: { count: others.length },
      });
    });
    for (const session of others) this.access.sessionEnded(session.id);
    return others.length;
  }

  /** Ends a session: its token stops working, and sockets opened with it close on every instance. */
  async close(sessionId: string): Promise<void> {
    await this.em.nativeDelete(Session, { id: sessionId });
    this.access.sessionEnded(sessionId);
  }

  /**
   * Deletes every session of a user, but `exceptSessionId`, through `em` (pass a transaction's to make it part of
   * it); returns their ids for `announceEnded` once that transaction has committed.
   */
  async deleteAllOf(em: EntityManager, userId: string, exceptSessionId?: string): Promise<string[]> {
    // One statement, so a session opened meanwhile cannot slip between a read and the delete.
    const rows: Array<{ id: string }> = await em.execute(
      'delete from "sessions" where "user_id" = ? and "id" is distinct from ? returning "id"',
      [userId, exceptSessionId ?? null],
    );
    return rows.map((row) => row.id);
  }

  /** Closes the open sockets of sessions deleted by `deleteAllOf`, on every instance. */
  announceEnded(sessionIds: string[]): void {
    for (const id of sessionIds) this.access.sessionEnded(id);
  }

  private async touch(session: Session, now: Date): Promise<void> {
    const expiresAt = expiryAfterActivity(session, now);
    // A direct UPDATE: the request's unit of work may be flushed later for other reasons, and must not carry this.
    await this.em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now, expiresAt });
    session.lastSeenAt = now;
    session.expiresAt = expiresAt;
  }
}

/** "Chrome 131 · Mac OS 10.15.7", as the sessions page shows it, for the security log. */
function sessionLabel(session: Session): string {
  const { browser, device } = describeUserAgent(session.userAgent);
  return [browser, device].filter(Boolean).join(' · ') || 'Unknown device';
}
