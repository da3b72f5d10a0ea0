import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../../errors/app-error';
import type { Mailer } from '../../infra/mail/mailer';
import { enforceRateLimit } from '../../infra/rate-limit/enforce-rate-limit';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { isUuid } from '../../shared/ids';
import { User } from '../account/user.entity';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { normalizeEmail } from '../auth/auth.inputs';
import type { UsageService } from '../billing/usage.service';
import { Invitation } from './invitation.entity';
import { invitationMail } from './invitation-mail';
import { generateInvitationToken, hashInvitationToken, INVITATION_LIFETIME_MS } from './invitation-token';
import { Membership } from './membership.entity';
import type { Role } from './role';
import { Workspace } from './workspace.entity';
import { AlreadyInvitedError, AlreadyMemberError, InvitationEmailMismatchError, InvitationUnusableError } from './workspace.errors';
import { assertCanInvite, assertCanManageMembers } from './workspace.policy';
import { actorOf, viewerMembershipIn } from './workspace-access';

export interface InvitationDeps {
  em: EntityManager;
  audit: AuditService;
  usage: UsageService;
  mailer: Mailer;
  rateLimiter: RateLimiter;
  appUrl: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type InvitationState = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export function invitationState(invitation: Invitation, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return invitation.expiresAt > now ? 'PENDING' : 'EXPIRED';
}

export class InvitationService {
  constructor(private readonly deps: InvitationDeps) {}

  /** Pending invitations of a workspace, newest first. */
  async pending(workspaceId: string): Promise<Invitation[]> {
    return this.deps.em.find(
      Invitation,
      { workspace: workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc', id: 'desc' }, populate: ['invitedBy'] },
    );
  }

  async invite(viewer: User, workspaceId: string, rawEmail: string, role: Role): Promise<Invitation> {
    const email = normalizeEmail(rawEmail);
    if (!EMAIL.test(email) || email.length > 254) throw BadUserInputError.field('email', 'Enter a valid email address.');
    await this.throttle(`invite:workspace:${workspaceId}`, 50, 3600);
    const invitation = await this.deps.em.transactional(async (tx) => {
      const actor = await viewerMembershipIn(tx, viewer.id, workspaceId, 'Workspace');
      assertCanInvite(actorOf(actor), role);
      if ((await tx.count(Membership, { workspace: workspaceId, user: { email } })) > 0) throw new AlreadyMemberError();
      const open = await tx.findOne(Invitation, { workspace: workspaceId, email, acceptedAt: null, revokedAt: null });
      if (open?.isPending()) throw new AlreadyInvitedError();
      // An expired invitation is history: close it so the new one can be the open one.
      if (open) open.revokedAt = new Date();
      await tx.flush();
      await this.deps.usage.assertRoomForMember(tx, workspaceId);

      const { token, tokenHash } = generateInvitationToken();
      const created = tx.create(Invitation, {
        workspace: workspaceId,
        email,
        role,
        tokenHash,
        invitedBy: viewer,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
      });
      tx.persist(created);
      this.record(tx, viewer, created, AuditAction.MEMBER_INVITED, { role });
      await this.sendMail(tx, viewer, created, token);
      await tx.flush();
      return created;
    });
    this.deps.usage.notifyChanged(workspaceId);
    return invitation;
  }

  /** A fresh link and a full 7 days; the old link stops working. */
  async resend(viewer: User, invitationId: string): Promise<Invitation> {
    return this.deps.em.transactional(async (tx) => {
      const invitation = await this.loadManageable(tx, viewer, invitationId);
      const state = invitationState(invitation);
      if (state === 'ACCEPTED' || state === 'REVOKED') throw new InvitationUnusableError(state === 'ACCEPTED' ? 'used' : 'revoked');
      // An expired invitation does not count against the plan; sent again, it does, so it needs a free seat.
      if (state === 'EXPIRED') await this.deps.usage.assertRoomForMember(tx, invitation.workspace.id);
      const { token, tokenHash } = generateInvitationToken();
      invitation.tokenHash = tokenHash;
      invitation.expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
      this.record(tx, viewer, invitation, AuditAction.INVITATION_RESENT, {});
      await this.sendMail(tx, viewer, invitation, token);
      await tx.flush();
      return invitation;
    });
  }

  async revoke(viewer: User, invitationId: string): Promise<void> {
    const workspaceId = await this.deps.em.transactional(async (tx) => {
      const invitation = await this.loadManageable(tx, viewer, invitationId);
      if (invitation.acceptedAt) throw new InvitationUnusableError('used');
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        this.record(tx, viewer, invitation, AuditAction.INVITATION_REVOKED, {});
        await tx.flush();
      }
      return invitation.workspace.id;
    });
    this.deps.usage.notifyChanged(workspaceId);
  }

  /** What the invitation page shows before anyone signs in; null for a token that matches nothing. */
  async preview(token: string, ip: string | null): Promise<{ invitation: Invitation; accountExists: boolean } | null> {
    await this.throttle(`invitation:ip:${ip ?? 'unknown'}`, 30, 60);
    const invitation = await this.findByToken(this.deps.em, token);
    if (!invitation) return null;
    // Only a verified account counts: an unverified one holding the address is taken over by signing up from the link.
    const accountExists = (await this.deps.em.count(User, { email: invitation.email, emailVerifiedAt: { $ne: null } })) > 0;
    return { invitation, accountExists };
  }

  /** A signed-in user accepts: their address must be the invited one. */
  async accept(viewer: User, token: string, ip: string | null): Promise<Membership> {
    await this.throttle(`invitation:ip:${ip ?? 'unknown'}`, 30, 60);
    const membership = await this.deps.em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, viewer.id);
      return this.acceptAs(tx, user, token);
    });
    this.deps.usage.notifyChanged(membership.workspace.id);
    return membership;
  }

  /**
   * Checks that `token` can be accepted by `email` (before an account is created for it during sign-up).
   * Throws the same typed errors as accepting.
   */
  async assertAcceptableBy(tx: EntityManager, token: string, email: string): Promise<void> {
    const invitation = await this.usableInvitation(tx, token);
    if (invitation.email !== email) throw new InvitationEmailMismatchError(invitation.email);
  }

  /** Joins `user` to the invitation's workspace inside the caller's transaction; following the link proves the address. */
  async acceptAs(tx: EntityManager, user: User, token: string): Promise<Membership> {
    const invitation = await this.usableInvitation(tx, token);
    if (invitation.email !== user.email) throw new InvitationEmailMismatchError(invitation.email);
    if ((await tx.count(Membership, { workspace: invitation.workspace, user })) > 0) throw new AlreadyMemberError();
    const membership = tx.create(Membership, { workspace: invitation.workspace, user, role: invitation.role });
    invitation.acceptedAt = new Date();
    user.emailVerifiedAt ??= new Date();
    tx.persist(membership);
    this.deps.audit.record(tx, {
      workspaceId: invitation.workspace.id,
      actorId: user.id,
      action: AuditAction.MEMBER_JOINED,
      target: { type: 'membership', id: membership.id, label: user.email },
      details: { role: invitation.role, invitationId: invitation.id },
    });
    await tx.flush();
    return membership;
  }

  private async usableInvitation(tx: EntityManager, token: string): Promise<Invitation> {
    const invitation = await this.findByToken(tx, token);
    if (!invitation) throw new InvitationUnusableError('unknown');
    const state = invitationState(invitation);
    if (state !== 'PENDING') throw new InvitationUnusableError(state === 'ACCEPTED' ? 'used' : state === 'REVOKED' ? 'revoked' : 'expired');
    return invitation;
  }

  private async findByToken(em: EntityManager, token: string): Promise<Invitation | null> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
    return em.findOne(Invitation, { tokenHash: hashInvitationToken(token) }, { populate: ['workspace', 'invitedBy'] });
  }

  /** Loads an invitation, then requires the viewer to manage members in *its* workspace (NOT_FOUND otherwise). */
  private async loadManageable(tx: EntityManager, viewer: User, invitationId: string): Promise<Invitation> {
    const invitation = isUuid(invitationId) ? await tx.findOne(Invitation, invitationId, { populate: ['workspace', 'invitedBy'] }) : null;
    if (!invitation) throw new NotFoundError('Invitation');
    const actor = await viewerMembershipIn(tx, viewer.id, invitation.workspace.id, 'Invitation');
    assertCanManageMembers(actorOf(actor));
    return invitation;
  }

  private async sendMail(tx: EntityManager, viewer: User, invitation: Invitation, token: string): Promise<void> {
    const workspace = await tx.findOneOrFail(Workspace, invitation.workspace.id);
    await this.deps.mailer.enqueue(
      tx,
      invitationMail({
        to: invitation.email,
        workspaceName: workspace.name,
        inviterName: viewer.name,
        role: invitation.role,
        acceptUrl: `${this.deps.appUrl}/invite/${token}`,
        expiresAt: invitation.expiresAt,
      }),
    );
  }

  private record(tx: EntityManager, viewer: User, invitation: Invitation, action: AuditAction, details: Record<string, unknown>): void {
    this.deps.audit.record(tx, {
      workspaceId: invitation.workspace.id,
      actorId: viewer.id,
      action,
      target: { type: 'invitation', id: invitation.id, label: invitation.email },
      details,
    });
  }

  private throttle(key: string, limit: number, windowSeconds: number): Promise<void> {
    return enforceRateLimit(this.deps.rateLimiter, key, { limit, windowSeconds });
  }
}
