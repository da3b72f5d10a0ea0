import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mapRow, selectColumns } from '../../infra/db/entity-rows';
import type { JobQueue } from '../../infra/jobs/job-queue';
import type { AccessEvents } from '../../infra/pubsub/access-events';
import type { User } from '../account/user.entity';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import {
  CANCEL_SUBSCRIPTION_JOB,
  type CancelSubscriptionJob,
  CREATE_CUSTOMER_JOB,
  type CreateCustomerJob,
  STRIPE_JOB_RETRIES,
} from '../billing/billing-job-names';
import { WorkspaceBilling } from '../billing/workspace-billing.entity';
import { ensureBillingRow } from '../billing/workspace-billing.repository';
import { Membership } from './membership.entity';
import { Role } from './role';
import { slugify, slugWithSuffix } from './slug';
import { Workspace } from './workspace.entity';
import { ConfirmNameMismatchError, SlugTakenError } from './workspace.errors';
import type { CreateWorkspaceInput, UpdateWorkspaceInput } from './workspace.inputs';

export class WorkspaceService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly access: AccessEvents,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Creates a workspace owned by `owner` in the given entity manager's transaction. Without an explicit slug it
   * comes from the name, with a short random suffix when taken; an explicit slug that is taken is a CONFLICT.
   */
  async createOwned(em: EntityManager, owner: User, input: { name: string; slug?: string | null }): Promise<Workspace> {
    const name = input.name.trim();
    let slug = input.slug ?? slugify(name);
    if ((await em.count(Workspace, { slug })) > 0) {
      if (input.slug) throw new SlugTakenError();
      slug = slugWithSuffix(slug, randomBytes(3).toString('hex'));
    }
    const workspace = em.create(Workspace, { name, slug });
    em.persist([workspace, em.create(Membership, { workspace, user: owner, role: Role.OWNER })]);
    this.audit.record(em, {
      workspaceId: workspace.id,
      actorId: owner.id,
      action: AuditAction.WORKSPACE_CREATED,
      target: { type: 'workspace', id: workspace.id, label: name },
    });
    // Two requests can pass the slug check together: the unique index decides, mapped to CONFLICT in one place.
    await em.flush();
    await ensureBillingRow(em, workspace.id);
    // Its Stripe customer is created by a job (committed with the workspace): Stripe being down never blocks sign-up.
    await this.jobs.send<CreateCustomerJob>(CREATE_CUSTOMER_JOB, { workspaceId: workspace.id }, { em, ...STRIPE_JOB_RETRIES });
    return workspace;
  }

  async create(owner: User, input: CreateWorkspaceInput): Promise<Workspace> {
    return this.em.transactional((tx) => this.createOwned(tx, owner, input));
  }

  async update(actor: User, workspaceId: string, input: UpdateWorkspaceInput): Promise<Workspace> {
    return this.em.transactional(async (tx) => {
      const workspace = await tx.findOneOrFail(Workspace, workspaceId);
      const before = { name: workspace.name, slug: workspace.slug };
      if (input.name) workspace.name = input.name.trim();
      if (input.slug && input.slug !== workspace.slug) {
        if ((await tx.count(Workspace, { slug: input.slug })) > 0) throw new SlugTakenError();
        workspace.slug = input.slug;
      }
      const after = { name: workspace.name, slug: workspace.slug };
      if (before.name !== after.name || before.slug !== after.slug) {
        this.audit.record(tx, {
          workspaceId,
          actorId: actor.id,
          action: AuditAction.WORKSPACE_UPDATED,
          target: { type: 'workspace', id: workspaceId, label: workspace.name },
          details: { before, after },
        });
      }
      await tx.flush();
      return workspace;
    });
  }

  /** Deletes the workspace and, by cascade, everything in it. The name must be typed to confirm. */
  async delete(workspaceId: string, confirmName: string): Promise<void> {
    const memberIds = await this.em.transactional(async (tx) => {
      const workspace = await tx.findOneOrFail(Workspace, workspaceId);
      if (confirmName.trim() !== workspace.name) throw new ConfirmNameMismatchError();
      // Read before the cascade takes them: their open subscriptions to this workspace must end.
      const members = await tx.find(Membership, { workspace: workspaceId }, { fields: ['user'] });
      // The cascade takes the billing mirror too: the job carries the subscription id to cancel at Stripe.
      const billing = await tx.findOne(WorkspaceBilling, { workspaceId });
      if (billing?.stripeSubscriptionId) {
        await this.jobs.send<CancelSubscriptionJob>(
          CANCEL_SUBSCRIPTION_JOB,
          { subscriptionId: billing.stripeSubscriptionId },
          { em: tx, ...STRIPE_JOB_RETRIES },
        );
      }
      await tx.nativeDelete(Workspace, { id: workspaceId });
      return members.map((membership) => membership.user.id);
    });
    this.access.membershipChanged(...memberIds);
  }

  /** The viewer's memberships with their workspaces, in one query, alphabetically for the switcher. */
  async membershipsOf(userId: string): Promise<Membership[]> {
    return this.em.find(Membership, { user: userId }, { populate: ['workspace'], orderBy: { workspace: { name: 'asc', id: 'asc' } } });
  }

  /** The viewer's membership in the workspace with this slug; null when it does not exist or is not theirs. */
  async membershipBySlug(userId: string, slug: string): Promise<Membership | null> {
    // Every workspace page opens with this: plain SQL, mapped to the same managed entities (infra/db/entity-rows.ts).
    const rows: Array<Record<string, unknown>> = await this.em.execute(
      `select ${selectColumns(this.em, Membership, 'm', 'm_')}, ${selectColumns(this.em, Workspace, 'w', 'w_')}
         from "memberships" m join "workspaces" w on w."id" = m."workspace_id"
        where m."user_id" = ? and w."slug" = ?`,
      [userId, slug],
    );
    const row = rows[0];
    if (!row) return null;
    // The workspace first: the membership's reference then points at the loaded one, as `populate` did.
    mapRow(this.em, Workspace, row, 'w_');
    return mapRow(this.em, Membership, row, 'm_');
  }
}
