import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../errors/app-error';
import { mapRow, selectColumns } from '../../infra/db/entity-rows';
import { afterCursorSql, pageSize, toPage } from '../../infra/db/keyset-pagination';
import type { AccessEvents } from '../../infra/pubsub/access-events';
import { isUuid } from '../../shared/ids';
import type { Page } from '../../shared/pagination';
import { User } from '../account/user.entity';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import type { UsageService } from '../billing/usage.service';
import { Membership } from './membership.entity';
import { Role } from './role';
import { Workspace } from './workspace.entity';
import { assertCanChangeRole, assertCanLeave, assertCanRemove, assertCanTransferOwnership } from './workspace.policy';
import { actorOf, lockWorkspace, viewerMembershipIn } from './workspace-access';

export class MembershipService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly usage: UsageService,
    private readonly access: AccessEvents,
  ) {}

  /**
   * Members by join date, with their users loaded in the same query. Plain SQL mapped to managed entities
   * (infra/db/entity-rows.ts): the members page is the hottest signed-in list, and building these two statements
   * through `em.find`/`em.count` cost more CPU than running them.
   */
  async list(workspaceId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<Membership>> {
    const size = pageSize(first);
    const beyond = afterCursorSql(after, 'asc', 'm');
    const [rows, counted] = await Promise.all([
      this.em.execute<Array<Record<string, unknown>>>(
        `select ${selectColumns(this.em, Membership, 'm', 'm_')}, ${selectColumns(this.em, User, 'u', 'u_')}
           from "memberships" m join "users" u on u."id" = m."user_id"
          where m."workspace_id" = ? ${beyond.sql}
          order by m."created_at" asc, m."id" asc
          limit ?`,
        [workspaceId, ...beyond.params, size + 1],
      ),
      this.em.execute<Array<{ count: string }>>('select count(*) as "count" from "memberships" where "workspace_id" = ?', [workspaceId]),
    ]);
    const memberships = rows.map((row) => {
      // Each user first: the membership's reference then points at the loaded user, as `populate: ['user']` did.
      mapRow(this.em, User, row, 'u_');
      return mapRow(this.em, Membership, row, 'm_');
    });
    return toPage(memberships, size, Number(counted[0]?.count ?? 0));
  }

  async changeRole(viewer: User, membershipId: string, role: Role): Promise<Membership> {
    const membership = await this.em.transactional(async (tx) => {
      const { target, actor } = await this.loadTargetAndActor(tx, viewer, membershipId);
      assertCanChangeRole(actorOf(actor), actorOf(target), role);
      const before = target.role;
      if (before === role) return target;
      target.role = role;
      this.record(tx, viewer, target, AuditAction.MEMBER_ROLE_CHANGED, { before, after: role });
      await tx.flush();
      return target;
    });
    // After the commit (here and below): a subscription re-checking on this event must see the new role.
    this.access.membershipChanged(membership.user.id);
    return membership;
  }

  async remove(viewer: User, membershipId: string): Promise<void> {
    const { workspaceId, userId } = await this.em.transactional(async (tx) => {
      const { target, actor } = await this.loadTargetAndActor(tx, viewer, membershipId);
      assertCanRemove(actorOf(actor), actorOf(target));
      this.record(tx, viewer, target, AuditAction.MEMBER_REMOVED, { role: target.role });
      tx.remove(target);
      await tx.flush();
      return { workspaceId: target.workspace.id, userId: target.user.id };
    });
    this.access.membershipChanged(userId);
    this.usage.notifyChanged(workspaceId);
  }

  async leave(viewer: User, workspaceId: string): Promise<void> {
    await this.em.transactional(async (tx) => {
      const membership = await viewerMembershipIn(tx, viewer.id, workspaceId, 'Workspace');
      await tx.populate(membership, ['user']);
      assertCanLeave(actorOf(membership));
      this.record(tx, viewer, membership, AuditAction.MEMBER_LEFT, { role: membership.role });
      tx.remove(membership);
      await tx.flush();
    });
    this.access.membershipChanged(viewer.id);
    this.usage.notifyChanged(workspaceId);
  }

  /**
   * The target becomes OWNER and the previous owner ADMIN, in one transaction: never zero or two owners. Two
   * transfers at once made two owners: each read the viewer as OWNER before the other committed. The workspace row
   * is locked first and the roles read after it (a fresh identity map: nothing read before the lock is trusted), so
   * the second transfer sees the viewer is no longer the owner; the partial unique index
   * memberships_one_owner_per_workspace backs this up.
   */
  async transferOwnership(viewer: User, workspaceId: string, membershipId: string): Promise<Workspace> {
    let newOwnerId = '';
    const workspace = await this.em.transactional(
      async (tx) => {
        await lockWorkspace(tx, workspaceId);
        const { target, actor } = await this.loadTargetAndActor(tx, viewer, membershipId);
        if (target.workspace.id !== workspaceId) throw new NotFoundError('Membership');
        assertCanTransferOwnership(actorOf(actor), actorOf(target));
        actor.role = Role.ADMIN;
        // Flushed first: the owner's demotion must reach the database before the promotion, or both are OWNER.
        await tx.flush();
        target.role = Role.OWNER;
        this.record(tx, viewer, target, AuditAction.OWNERSHIP_TRANSFERRED, { from: viewer.email, to: target.user.getEntity().email });
        await tx.flush();
        newOwnerId = target.user.id;
        return tx.findOneOrFail(Workspace, workspaceId);
      },
      { clear: true },
    );
    this.access.membershipChanged(viewer.id, newOwnerId);
    return workspace;
  }

  /**
   * Loads the membership being acted on, then the viewer's own membership in *its* workspace: a membership id from
   * a workspace the viewer is not in answers NOT_FOUND.
   */
  private async loadTargetAndActor(tx: EntityManager, viewer: User, membershipId: string) {
    const target = isUuid(membershipId) ? await tx.findOne(Membership, membershipId, { populate: ['user'] }) : null;
    if (!target) throw new NotFoundError('Membership');
    const actor = await viewerMembershipIn(tx, viewer.id, target.workspace.id, 'Membership');
    return { target, actor };
  }

  private record(tx: EntityManager, viewer: User, target: Membership, action: AuditAction, details: Record<string, unknown>): void {
    this.audit.record(tx, {
      workspaceId: target.workspace.id,
      actorId: viewer.id,
      action,
      target: { type: 'membership', id: target.id, label: target.user.getEntity().email },
      details,
    });
  }
}
