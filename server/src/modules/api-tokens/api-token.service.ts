import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../../errors/app-error';
import type { AccessEvents } from '../../infra/pubsub/access-events';
import { isUuid } from '../../shared/ids';
import type { User } from '../account/user.entity';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { TOUCH_INTERVAL_MS } from '../auth/session-lifetime';
import { Membership } from '../workspace/membership.entity';
import { Workspace } from '../workspace/workspace.entity';
import { ApiToken } from './api-token.entity';
import { ApiTokenExpiryTooFarError } from './api-token.errors';
import type { CreateApiTokenInput } from './api-token.inputs';
import { generateApiTokenSecret, hashApiTokenSecret, looksLikeApiTokenSecret } from './api-token-secret';

/**
 * The furthest expiry a token may get: a year (plus a day, so "one year from today, end of day" in any time zone
 * fits). No expiry stays allowed: the product offers "until revoked" (issue 10: the expiry is optional) for
 * integrations such as CI that must not stop by surprise; such tokens are visible with their last use and revocable
 * at once. A dated token is for when the user wants one to lapse by itself, and a lapse years away is no lapse.
 */
export const MAX_API_TOKEN_LIFETIME_DAYS = 366;
const MAX_API_TOKEN_LIFETIME_MS = MAX_API_TOKEN_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

/** Enough for any number of integrations; bounds what one account can pile up. */
export const MAX_API_TOKENS_PER_USER = 50;

export class ApiTokenService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessEvents,
    private readonly audit: AuditService,
  ) {}

  /** Creates a token and returns its secret: the only time the plain secret exists on the server. */
  async create(user: User, input: CreateApiTokenInput, now = new Date()): Promise<{ token: ApiToken; secret: string }> {
    const name = input.name.trim();
    if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
      throw BadUserInputError.field('expiresAt', 'Choose an expiry date in the future.');
    }
    if (input.expiresAt && input.expiresAt.getTime() > now.getTime() + MAX_API_TOKEN_LIFETIME_MS) {
      throw new ApiTokenExpiryTooFarError(MAX_API_TOKEN_LIFETIME_DAYS);
    }
    let workspace: Workspace | null = null;
    if (input.workspaceId !== undefined && input.workspaceId !== null) {
      const membership = isUuid(input.workspaceId)
        ? await this.em.findOne(Membership, { user: user.id, workspace: input.workspaceId }, { populate: ['workspace'] })
        : null;
      if (!membership) throw new NotFoundError('Workspace');
      workspace = membership.workspace.getEntity();
    }
    if ((await this.em.count(ApiToken, { user: user.id })) >= MAX_API_TOKENS_PER_USER) {
      throw BadUserInputError.field('name', `You have ${MAX_API_TOKENS_PER_USER} API tokens: revoke one you no longer use first.`);
    }
    const secret = generateApiTokenSecret();
    const token = this.em.create(ApiToken, {
      name,
      secretHash: hashApiTokenSecret(secret),
      user,
      workspace: workspace ? this.em.getReference(Workspace, workspace.id) : null,
      readOnly: input.readOnly ?? false,
      expiresAt: input.expiresAt ?? null,
      createdAt: now,
    });
    this.em.persist(token);
    this.audit.recordAboutUser(this.em, {
      userId: user.id,
      action: AuditAction.API_TOKEN_CREATED,
      target: { type: 'api_token', id: token.id, label: name },
      details: { readOnly: token.readOnly, workspaceId: workspace?.id ?? null, expiresAt: token.expiresAt?.toISOString() ?? null },
    });
    await this.em.flush();
    return { token, secret };
  }

  /**
   * The viewer's tokens, newest first, expired ones included (the list shows them as expired), with the workspace
   * each is restricted to joined in and the viewer's memberships of those workspaces (a token whose owner left its
   * workspace shows none). The list shows each token's workspace: read per token, it cost two queries a token.
   */
  async list(userId: string): Promise<{ tokens: ApiToken[]; memberships: Map<string, Membership | null> }> {
    const tokens = await this.em.find(ApiToken, { user: userId }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['workspace'] });
    const workspaceIds = [...new Set(tokens.flatMap((token) => (token.workspace ? [token.workspace.id] : [])))];
    const memberships = new Map<string, Membership | null>(workspaceIds.map((id) => [id, null]));
    if (workspaceIds.length > 0) {
      for (const membership of await this.em.find(Membership, { user: userId, workspace: { $in: workspaceIds } })) {
        memberships.set(membership.workspace.id, membership);
      }
    }
    return { tokens, memberships };
  }

  /** Revokes one of the viewer's tokens: it stops working at once, and sockets opened with it close everywhere. */
  async revoke(userId: string, id: string): Promise<void> {
    const token = isUuid(id) ? await this.em.findOne(ApiToken, { id, user: userId }) : null;
    if (!token) throw new NotFoundError('API token');
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(ApiToken, { id: token.id });
      this.audit.recordAboutUser(tx, {
        userId,
        action: AuditAction.API_TOKEN_REVOKED,
        target: { type: 'api_token', id: token.id, label: token.name },
      });
    });
    // The same event as a session's end: the access hub knows connections by the credential that opened them.
    this.access.sessionEnded(id);
  }

  /** The live token for a secret, with its user; null for unknown, malformed, revoked or expired secrets. */
  async authenticate(secret: string, { touch = true }: { touch?: boolean } = {}): Promise<ApiToken | null> {
    if (!looksLikeApiTokenSecret(secret)) return null;
    const now = new Date();
    const token = await this.em.findOne(
      ApiToken,
      { secretHash: hashApiTokenSecret(secret), $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] },
      { populate: ['user'] },
    );
    if (!token) return null;
    if (touch && (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS)) {
      // A direct UPDATE, at most once a minute per token: the request's unit of work must not carry it.
      await this.em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
      token.lastUsedAt = now;
    }
    return token;
  }
}
