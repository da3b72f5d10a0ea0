import type { Stripe } from '../../infra/stripe/stripe-gateway';
import { AuditAction } from '../audit/audit-action';
import type { StripeSyncService } from './stripe-sync.service';

/** What processing an event did, kept on its record for support. */
export type EventOutcome = string;

type Handler = (event: Stripe.Event, sync: StripeSyncService) => Promise<EventOutcome>;

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  typeof value === 'string' ? value : (value?.id ?? null);

async function onCheckoutCompleted(event: Stripe.Event, sync: StripeSyncService): Promise<EventOutcome> {
  const session = event.data.object as Stripe.Checkout.Session;
  const subscriptionId = idOf(session.subscription);
  if (!subscriptionId) return 'ignored: no subscription on the session';
  const workspaceId = await sync.workspaceIdFor({
    workspaceId: session.metadata?.workspaceId ?? session.client_reference_id,
    customerId: idOf(session.customer),
  });
  if (!workspaceId) return (await sync.cancelOrphaned(subscriptionId)) ?? 'ignored: no workspace for this session';
  return sync.syncSubscription(workspaceId, subscriptionId, event.type);
}

async function onSubscriptionEvent(event: Stripe.Event, sync: StripeSyncService): Promise<EventOutcome> {
  // The payload only says which subscription: its state is fetched again (the payload may be older than Stripe's).
  const subscription = event.data.object as Stripe.Subscription;
  const workspaceId = await sync.workspaceIdFor({
    workspaceId: subscription.metadata?.workspaceId,
    customerId: idOf(subscription.customer),
    subscriptionId: subscription.id,
  });
  if (!workspaceId) {
    return (await sync.cancelOrphaned(subscription.id)) ?? 'ignored: no workspace for this subscription';
  }
  return sync.syncSubscription(workspaceId, subscription.id, event.type);
}

function onInvoiceEvent(action: AuditAction.BILLING_INVOICE_PAID | AuditAction.BILLING_PAYMENT_FAILED): Handler {
  return async (event, sync) => {
    const invoice = event.data.object as Stripe.Invoice;
    const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
    const workspaceId = await sync.workspaceIdFor({
      workspaceId: invoice.parent?.subscription_details?.metadata?.workspaceId ?? invoice.metadata?.workspaceId,
      customerId: idOf(invoice.customer),
      subscriptionId,
    });
    if (!workspaceId) return 'ignored: no workspace for this invoice';
    await sync.recordInvoice(workspaceId, invoice, action);
    // A paid or failed renewal moves the subscription (ACTIVE, PAST_DUE): its new state is fetched, not guessed.
    const applied = subscriptionId ? await sync.syncSubscription(workspaceId, subscriptionId, event.type) : 'no subscription';
    return `invoice recorded; subscription ${applied}`;
  };
}

/** The events Askbase acts on; any other type is recorded, acknowledged and logged as a no-op. */
export const STRIPE_EVENT_HANDLERS: Record<string, Handler> = {
  'checkout.session.completed': onCheckoutCompleted,
  'customer.subscription.created': onSubscriptionEvent,
  'customer.subscription.updated': onSubscriptionEvent,
  'customer.subscription.deleted': onSubscriptionEvent,
  'invoice.paid': onInvoiceEvent(AuditAction.BILLING_INVOICE_PAID),
  'invoice.payment_failed': onInvoiceEvent(AuditAction.BILLING_PAYMENT_FAILED),
};
