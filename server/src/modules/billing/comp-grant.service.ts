import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../errors/app-error';
import { isUuid } from '../../shared/ids';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { Workspace } from '../workspace/workspace.entity';
import { PlanId } from './plans';
import type { UsageService } from './usage.service';
import { lockBillingRow } from './workspace-billing.repository';

/**
 * Support's comp grant (npm run admin -- plan): a plan without Stripe, until a date (or for good). It ends by itself:
 * the effective plan ignores a grant past its end. FREE withdraws a grant. Audited with the operator's note.
 */
export class CompGrantService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly usage: UsageService,
    private readonly now: () => Date,
  ) {}

  async grant(
    workspaceRef: string,
    plan: PlanId,
    until: Date | null,
    note: string,
  ): Promise<{ workspace: Workspace; effectivePlan: PlanId }> {
    const workspace = await this.em.findOne(Workspace, isUuid(workspaceRef) ? { id: workspaceRef } : { slug: workspaceRef });
    if (!workspace) throw new NotFoundError('Workspace');
    await this.em.transactional(async (tx) => {
      const billing = await lockBillingRow(tx, workspace.id);
      const before = { compPlan: billing.compPlan, compUntil: billing.compUntil?.toISOString() ?? null };
      const withdraw = plan === PlanId.FREE;
      billing.compPlan = withdraw ? null : plan;
      billing.compUntil = withdraw ? null : until;
      billing.compNote = withdraw ? null : note.slice(0, 500);
      billing.updatedAt = this.now();
      this.audit.record(tx, {
        workspaceId: workspace.id,
        actorId: null,
        action: AuditAction.BILLING_PLAN_COMPED,
        target: { type: 'workspace', id: workspace.id, label: workspace.name },
        details: { before, after: { compPlan: billing.compPlan, compUntil: billing.compUntil?.toISOString() ?? null }, note },
      });
      await tx.flush();
    });
    this.usage.notifyChanged(workspace.id);
    return { workspace, effectivePlan: await this.usage.planOf(workspace.id) };
  }
}
