import type { EntityManager } from '@mikro-orm/postgresql';
import { isStripeError, type Stripe } from '../../infra/stripe/stripe-gateway';
import { isUuid } from '../../shared/ids';
import type { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { Workspace } from '../workspace/workspace.entity';
import { BillingInvoice } from './billing-invoice.entity';
import { type BillingDeps, madeByThisApp } from './billing-settings';
import { nextPastDueSince, type SubscriptionState, subscriptionState } from './subscription-state';
import type { UsageService } from './usage.service';
import { SubscriptionStatus, type WorkspaceBilling } from './workspace-billing.entity';
import { lockBillingRow } from './workspace-billing.repository';

/** What syncing did; a duplicate is cancelled at Stripe and reported as such. */
export type SyncOutcome = 'applied' | 'unchanged' | 'ignored' | 'canceled: a second live subscription for the workspace';

const ENDED_AT_STRIPE = new Set<Stripe.Subscription.Status>(['canceled', 'incomplete_expired']);
const LIVE = new Set([SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING, SubscriptionStatus.PAST_DUE]);

/** Stripe's idempotency key for creating a workspace's customer: retries and racing jobs create one customer. */
export const customerIdempotencyKey = (workspaceId: string) => `askbase-customer-${workspaceId}`;

/**
 * Brings the local mirror in line with Stripe: creates customers, applies subscriptions (always re-fetched, under
 * the mirror row's lock, so an older state never wins), records invoices, cancels the subscriptions of deleted
 * workspaces. Runs in jobs, never in a request.
 */
export class StripeSyncService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly usage: UsageService,
    private readonly deps: BillingDeps,
  ) {}

  /**
   * The workspace's Stripe customer id, created when it has none yet. Stripe is called outside any transaction (a
   * slow Stripe must not hold the billing row's lock, which checkouts and limit checks wait on); the idempotency key
   * makes racing jobs get the same customer, and the short locked write keeps the first one stored.
   */
  async ensureCustomer(workspaceId: string): Promise<string> {
    const workspace = await this.em.fork().findOne(Workspace, workspaceId);
    if (!workspace) throw new Error(`Workspace ${workspaceId} is gone`);
    const known = await this.storedCustomerId(workspaceId);
    if (known) return known;
    const customer = await this.deps.stripe.customers.create(
      { name: workspace.name, metadata: { workspaceId } },
      { idempotencyKey: customerIdempotencyKey(workspaceId) },
    );
    return this.em.transactional(async (tx) => {
      const billing = await lockBillingRow(tx, workspaceId);
      if (billing.stripeCustomerId) return billing.stripeCustomerId;
      billing.stripeCustomerId = customer.id;
      billing.updatedAt = this.deps.now();
      this.audit.record(tx, {
        workspaceId,
        actorId: null,
        action: AuditAction.BILLING_CUSTOMER_CREATED,
        target: { type: 'workspace', id: workspaceId, label: workspace.name },
        details: { customerId: customer.id },
      });
      await tx.flush();
      return customer.id;
    });
  }

  private async storedCustomerId(workspaceId: string): Promise<string | null> {
    const [row] = await this.em.execute<Array<{ stripe_customer_id: string | null }>>(
      'select stripe_customer_id from workspace_billing where workspace_id = ?',
      [workspaceId],
    );
    return row?.stripe_customer_id ?? null;
  }

  /** The workspace a Stripe object belongs to: our metadata first, else the customer the mirror knows. */
  async workspaceIdFor(hints: {
    workspaceId?: string | null;
    customerId?: string | null;
    subscriptionId?: string | null;
  }): Promise<string | null> {
    if (hints.workspaceId && isUuid(hints.workspaceId) && (await this.em.count(Workspace, { id: hints.workspaceId })) > 0) {
      return hints.workspaceId;
    }
    const [row] = await this.em.execute<Array<{ workspace_id: string }>>(
      'select workspace_id from workspace_billing where stripe_customer_id = ? or stripe_subscription_id = ? limit 1',
      [hints.customerId ?? '', hints.subscriptionId ?? ''],
    );
    return row?.workspace_id ?? null;
  }

  /**
   * Applies the subscription as Stripe has it now: the row is locked first, then the subscription is fetched, so
   * two jobs for the same workspace apply one after the other and the later fetch (the newer state) is written last.
   */
  async syncSubscription(workspaceId: string, subscriptionId: string, cause: string): Promise<SyncOutcome> {
    const outcome = await this.em.transactional(async (tx) => {
      const billing = await lockBillingRow(tx, workspaceId);
      const observedAt = this.deps.now();
      const subscription = await this.retrieveSubscription(subscriptionId);
      if (!subscription) {
        // Deleted at Stripe (or never there): only the subscription the mirror holds may be marked as ended.
        if (billing.stripeSubscriptionId !== subscriptionId) return 'ignored' as const;
        return this.apply(
          tx,
          billing,
          { ...this.stateOf(billing, subscriptionId), status: SubscriptionStatus.CANCELED },
          observedAt,
          cause,
        );
      }
      const state = subscriptionState(subscription, this.deps.stripeSettings.prices);
      // A second subscription of the same workspace: a live one replaces an ended one, never the other way round.
      if (billing.stripeSubscriptionId && billing.stripeSubscriptionId !== state.subscriptionId) {
        if (!LIVE.has(state.status)) return 'ignored' as const;
        // The mirror may not have heard yet that its subscription ended: Stripe decides which one is live.
        if (LIVE.has(billing.status) && (await this.isLiveAtStripe(billing.stripeSubscriptionId))) return 'duplicate' as const;
      }
      return this.apply(tx, billing, state, observedAt, cause);
    });
    if (outcome === 'applied') this.usage.notifyChanged(workspaceId);
    if (outcome === 'duplicate') {
      // Two checkouts paid for one workspace: the one the mirror holds stays, the other would charge twice.
      await this.cancelSubscription(subscriptionId);
      return 'canceled: a second live subscription for the workspace';
    }
    return outcome;
  }

  /**
   * A live subscription this deployment's checkout made for a workspace that no longer exists (deleted while the
   * checkout page was open): cancelled, so nobody pays for a workspace they cannot use. Anything else is not ours
   * to touch (null).
   */
  async cancelOrphaned(subscriptionId: string): Promise<string | null> {
    const subscription = await this.retrieveSubscription(subscriptionId);
    if (!subscription || ENDED_AT_STRIPE.has(subscription.status) || !madeByThisApp(this.deps.appUrl, subscription.metadata)) return null;
    const claimed = subscription.metadata.workspaceId;
    if (!claimed || !isUuid(claimed) || (await this.em.count(Workspace, { id: claimed })) > 0) return null;
    // Already fetched and checked live above: cancel without fetching it a second time.
    await this.cancelAtStripe(subscriptionId);
    return 'canceled: its workspace no longer exists';
  }

  private async isLiveAtStripe(subscriptionId: string): Promise<boolean> {
    const subscription = await this.retrieveSubscription(subscriptionId);
    return subscription !== null && LIVE.has(subscriptionState(subscription, this.deps.stripeSettings.prices).status);
  }

  private stateOf(billing: WorkspaceBilling, subscriptionId: string): SubscriptionState {
    return {
      subscriptionId,
      customerId: billing.stripeCustomerId ?? '',
      status: billing.status,
      plan: billing.plan,
      interval: billing.interval,
      currentPeriodStart: billing.currentPeriodStart,
      currentPeriodEnd: billing.currentPeriodEnd,
      cancelAtPeriodEnd: false,
    };
  }

  private async retrieveSubscription(id: string): Promise<Stripe.Subscription | null> {
    try {
      return await this.deps.stripe.subscriptions.retrieve(id);
    } catch (error) {
      if (isStripeError(error) && error.statusCode === 404) return null;
      throw error;
    }
  }

  private async apply(
    tx: EntityManager,
    billing: WorkspaceBilling,
    state: SubscriptionState,
    observedAt: Date,
    cause: string,
  ): Promise<'applied' | 'unchanged' | 'ignored'> {
    // A state observed before the one applied last is older: never let it win.
    if (billing.stateObservedAt && billing.stateObservedAt > observedAt) return 'ignored';
    const before = summary(billing);
    billing.pastDueSince = nextPastDueSince(billing, state.status, observedAt);
    billing.stripeSubscriptionId = state.subscriptionId;
    if (state.customerId) billing.stripeCustomerId = state.customerId;
    billing.status = state.status;
    billing.plan = state.plan;
    billing.interval = state.interval;
    billing.currentPeriodStart = state.currentPeriodStart;
    billing.currentPeriodEnd = state.currentPeriodEnd;
    billing.cancelAtPeriodEnd = state.cancelAtPeriodEnd;
    billing.stateObservedAt = observedAt;
    const after = summary(billing);
    if (JSON.stringify(before) === JSON.stringify(after)) {
      await tx.flush();
      return 'unchanged';
    }
    billing.updatedAt = observedAt;
    this.audit.record(tx, {
      workspaceId: billing.workspaceId,
      actorId: null,
      action: AuditAction.BILLING_SUBSCRIPTION_CHANGED,
      target: { type: 'subscription', id: null, label: state.subscriptionId },
      details: { before, after, cause },
    });
    await tx.flush();
    return 'applied';
  }

  /** Mirrors an invoice from an invoice event (insert or update by its id); audited once per event by the caller. */
  async recordInvoice(
    workspaceId: string,
    invoice: Stripe.Invoice,
    action: AuditAction.BILLING_INVOICE_PAID | AuditAction.BILLING_PAYMENT_FAILED,
  ): Promise<void> {
    await this.em.transactional(async (tx) => {
      // A retried job (its subscription fetch failed after this committed) finds the invoice as it left it: no second entry.
      const known = await tx.findOne(BillingInvoice, invoice.id);
      const repeat = known !== null && known.status === (invoice.status ?? 'open') && known.amountPaid === invoice.amount_paid;
      await tx.upsert(BillingInvoice, {
        id: invoice.id,
        workspaceId,
        amountDue: invoice.amount_due,
        amountPaid: invoice.amount_paid,
        currency: invoice.currency,
        status: invoice.status ?? 'open',
        hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
        createdAt: new Date(invoice.created * 1000),
      });
      if (repeat) return;
      this.audit.record(tx, {
        workspaceId,
        actorId: null,
        action,
        target: { type: 'invoice', id: null, label: invoice.id },
        details: { amountDue: invoice.amount_due, amountPaid: invoice.amount_paid, currency: invoice.currency },
      });
      await tx.flush();
    });
    this.usage.notifyChanged(workspaceId);
  }

  /** Cancels a deleted workspace's subscription at once; one that is already gone or canceled is fine. */
  async cancelSubscription(subscriptionId: string): Promise<void> {
    const subscription = await this.retrieveSubscription(subscriptionId);
    if (!subscription || ENDED_AT_STRIPE.has(subscription.status)) return;
    await this.cancelAtStripe(subscriptionId);
  }

  private async cancelAtStripe(subscriptionId: string): Promise<void> {
    await this.deps.stripe.subscriptions.cancel(subscriptionId, {}, { idempotencyKey: `askbase-cancel-${subscriptionId}` });
  }

  /** Subscriptions whose mirror looks stale: a period that ended without a renewal, PAST_DUE, or never settled. */
  async staleSubscriptions(limit = 100): Promise<Array<{ workspaceId: string; subscriptionId: string }>> {
    const rows = await this.em.execute<Array<{ workspace_id: string; stripe_subscription_id: string }>>(
      `select workspace_id, stripe_subscription_id from workspace_billing
        where stripe_subscription_id is not null
          and (status in ('PAST_DUE', 'INCOMPLETE')
               or (status in ('ACTIVE', 'TRIALING') and current_period_end < ?))
        order by updated_at limit ?`,
      [this.deps.now(), limit],
    );
    return rows.map((row) => ({ workspaceId: row.workspace_id, subscriptionId: row.stripe_subscription_id }));
  }

  /** Workspaces still without a Stripe customer (its job failed for good, or created before billing). */
  async workspacesWithoutCustomer(limit = 100): Promise<string[]> {
    const rows = await this.em.execute<Array<{ id: string }>>(
      `select w.id from workspaces w left join workspace_billing b on b.workspace_id = w.id
        where b.stripe_customer_id is null order by w.created_at limit ?`,
      [limit],
    );
    return rows.map((row) => row.id);
  }
}

function summary(billing: WorkspaceBilling) {
  return {
    status: billing.status,
    plan: billing.plan,
    interval: billing.interval,
    currentPeriodEnd: billing.currentPeriodEnd?.toISOString() ?? null,
    cancelAtPeriodEnd: billing.cancelAtPeriodEnd,
    subscriptionId: billing.stripeSubscriptionId,
  };
}
