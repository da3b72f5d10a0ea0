import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../errors/app-error';
import { isStripeError } from '../../infra/stripe/stripe-gateway';
import { isUuid } from '../../shared/ids';
import type { User } from '../account/user.entity';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { Workspace } from '../workspace/workspace.entity';
import { AlreadySubscribedError, BillingProviderUnavailableError, PlanNotPurchasableError } from './billing.errors';
import { BillingInvoice } from './billing-invoice.entity';
import { type BillingDeps, billingSettingsUrl, subscriptionMetadata } from './billing-settings';
import { PlanId } from './plans';
import type { StripeSyncService } from './stripe-sync.service';
import { compInForce, effectivePlan, graceEndsAt } from './subscription-state';
import { type BillingInterval, SubscriptionStatus, WorkspaceBilling } from './workspace-billing.entity';

const INVOICES_SHOWN = 24;

/** The billing page's view of a workspace, read from the mirror only. */
export interface BillingOverview {
  /** The workspace's id. */
  id: string;
  plan: PlanId;
  status: SubscriptionStatus;
  interval: BillingInterval | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  graceEndsAt: Date | null;
  compPlan: PlanId | null;
  compUntil: Date | null;
}

/** Billing use cases of a request: read the mirror, start a checkout, open the portal. Stripe state comes from webhooks. */
export class BillingService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly sync: StripeSyncService,
    private readonly deps: BillingDeps,
  ) {}

  /** The workspace's billing as the API shows it, from its mirror row (loaded by the caller, batched in lists). */
  overview(workspaceId: string, billing: WorkspaceBilling | null): BillingOverview {
    const now = this.deps.now();
    const comp = billing && compInForce(billing, now) ? billing : null;
    return {
      id: workspaceId,
      plan: effectivePlan(billing, now),
      status: billing?.status ?? SubscriptionStatus.NONE,
      interval: billing?.interval ?? null,
      currentPeriodEnd: billing?.currentPeriodEnd ?? null,
      cancelAtPeriodEnd: billing?.cancelAtPeriodEnd ?? false,
      graceEndsAt: billing ? graceEndsAt(billing) : null,
      compPlan: comp?.compPlan ?? null,
      compUntil: comp?.compUntil ?? null,
    };
  }

  /** The plan in force now, from the workspace's mirror row (see effectivePlan). */
  planInForce(billing: WorkspaceBilling | null): PlanId {
    return effectivePlan(billing, this.deps.now());
  }

  invoices(workspaceId: string): Promise<BillingInvoice[]> {
    return this.em.find(BillingInvoice, { workspaceId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: INVOICES_SHOWN });
  }

  /**
   * A hosted checkout for `plan` (PRO) at `interval`; the subscription it creates carries the workspace id, and the
   * webhook then records it. Nothing is stored here except, if missing, the Stripe customer.
   */
  async createCheckoutSession(actor: User, workspaceId: string, plan: PlanId, interval: BillingInterval): Promise<string> {
    const priceId = plan === PlanId.FREE ? undefined : this.deps.stripeSettings.prices[plan]?.[interval];
    if (!priceId) throw new PlanNotPurchasableError(plan);
    const workspace = await this.workspace(workspaceId);
    const billing = await this.em.findOne(WorkspaceBilling, { workspaceId });
    if (billing && [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE].includes(billing.status)) {
      throw new AlreadySubscribedError();
    }
    const returnUrl = billingSettingsUrl(this.deps.appUrl, workspace.slug);
    const session = await this.callStripe(async () => {
      const customer = await this.sync.ensureCustomer(workspaceId);
      // Receipts and invoices go to the customer's email: the owner who pays, as of this checkout.
      await this.deps.stripe.customers.update(customer, { email: actor.email });
      return this.deps.stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: workspaceId,
        line_items: [{ price: priceId, quantity: 1 }],
        success_url: `${returnUrl}?checkout=success`,
        cancel_url: `${returnUrl}?checkout=cancelled`,
        metadata: { workspaceId },
        subscription_data: { metadata: subscriptionMetadata(this.deps.appUrl, workspaceId) },
      });
    });
    if (!session.url) throw new BillingProviderUnavailableError();
    await this.em.transactional(async (tx) => {
      this.audit.record(tx, {
        workspaceId,
        actorId: actor.id,
        action: AuditAction.BILLING_CHECKOUT_STARTED,
        target: { type: 'workspace', id: workspaceId, label: workspace.name },
        details: { plan, interval, checkoutSessionId: session.id },
      });
      await tx.flush();
    });
    return session.url;
  }

  /** Stripe's customer portal for the workspace's customer (created first if the sign-up job has not run yet). */
  async createBillingPortalSession(workspaceId: string): Promise<string> {
    const workspace = await this.workspace(workspaceId);
    const session = await this.callStripe(async () =>
      this.deps.stripe.billingPortal.sessions.create({
        customer: await this.sync.ensureCustomer(workspaceId),
        return_url: billingSettingsUrl(this.deps.appUrl, workspace.slug),
      }),
    );
    return session.url;
  }

  private async workspace(workspaceId: string): Promise<Workspace> {
    const workspace = isUuid(workspaceId) ? await this.em.findOne(Workspace, workspaceId) : null;
    if (!workspace) throw new NotFoundError('Workspace');
    return workspace;
  }

  /** A Stripe failure or time-out becomes a typed error; anything else is ours and surfaces as it is. */
  private async callStripe<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (isStripeError(error)) throw new BillingProviderUnavailableError();
      throw error;
    }
  }
}
