import type { Stripe } from '../stripe-gateway';
import { addIntervals, type EmulatorClock } from './clock';
import { cardDeclined, invalidRequest } from './errors';
import { changedFields, type EventEmitter } from './events';
import type { Metadata } from './form';
import { newId } from './ids';
import { intervalOf, planOf } from './objects/catalog';
import { buildInvoice, type InvoiceReason } from './objects/invoice';
import { buildSubscription, itemOf } from './objects/subscription';
import type { CardOnFile, EmulatorStore } from './store';
import { testCard } from './test-cards';

export interface DunningOptions {
  /** Days between the failed renewal and each retry of its invoice; when the last retry fails the subscription ends. */
  retryAfterDays: number[];
}

/** Stripe's default: a few retries over about two weeks, then cancel the subscription. */
export const DEFAULT_DUNNING: DunningOptions = { retryAfterDays: [3, 5, 7] };

const DAY = 24 * 60 * 60;

/**
 * The money side of the emulator: paying a checkout, charging renewals, switching plans, ending subscriptions.
 * Each change is applied to the stored objects and announced with the events Stripe would send.
 */
export class EmulatorBilling {
  constructor(
    private readonly store: EmulatorStore,
    private readonly clock: EmulatorClock,
    private readonly events: EventEmitter,
    private readonly dunning: DunningOptions = DEFAULT_DUNNING,
  ) {}

  /** Stores the card as the customer's default; throws Stripe's card error for a card that cannot be attached. */
  attachCard(customer: Stripe.Customer, typedNumber: string, options: { declinesFailAtOnce: boolean }): CardOnFile {
    const card = testCard(typedNumber);
    if (!card) throw invalidRequest('Your card number is incorrect.', 'number', 'incorrect_number');
    // At checkout the first charge happens at once, so a declining card fails there; in the portal it only fails later.
    if (card.behaviour === 'declines' && options.declinesFailAtOnce) throw cardDeclined();
    const onFile: CardOnFile = { paymentMethodId: newId.paymentMethod(), last4: card.last4, behaviour: card.behaviour };
    this.store.cards.set(customer.id, onFile);
    customer.invoice_settings.default_payment_method = onFile.paymentMethodId;
    return onFile;
  }

  /** The hosted checkout's "Pay": a paid first invoice, an active subscription, a completed session. */
  payCheckoutSession(session: Stripe.Checkout.Session, typedNumber: string): Stripe.Subscription {
    const now = this.clock.now();
    if (session.status !== 'open' || session.expires_at <= now) {
      throw invalidRequest('This Checkout Session is no longer active.', undefined, 'checkout_session_inactive');
    }
    const extras = this.store.checkoutExtras.get(session.id);
    const customerId = typeof session.customer === 'string' ? session.customer : session.customer?.id;
    if (!extras || !customerId) throw invalidRequest('This Checkout Session cannot be paid.');
    const customer = this.store.customer(customerId);
    const card = this.attachCard(customer, typedNumber, { declinesFailAtOnce: true });
    const price = this.store.price(extras.priceId);
    const subscription = buildSubscription(
      {
        customerId,
        price,
        metadata: extras.subscriptionMetadata,
        periodStart: now,
        periodEnd: addIntervals(now, intervalOf(price), 1),
        paymentMethodId: card.paymentMethodId,
      },
      now,
    );
    this.store.subscriptions.set(subscription.id, subscription);
    const invoice = this.invoice(subscription, 'subscription_create', now);
    this.markPaid(invoice, now);
    Object.assign(session, {
      status: 'complete',
      payment_status: 'paid',
      subscription: subscription.id,
      invoice: invoice.id,
      customer_details: {
        address: null,
        business_name: null,
        email: customer.email,
        individual_name: null,
        name: customer.name ?? null,
        phone: null,
        tax_exempt: 'none',
        tax_ids: [],
      },
    } satisfies Partial<Stripe.Checkout.Session>);
    this.events.emit('customer.subscription.created', subscription);
    this.events.emit('invoice.paid', invoice);
    this.events.emit('checkout.session.completed', session);
    return subscription;
  }

  /** POST /v1/subscriptions/:id and the portal's buttons. */
  updateSubscription(
    subscription: Stripe.Subscription,
    changes: { cancelAtPeriodEnd?: boolean; priceId?: string; metadata?: Metadata },
    idempotencyKey?: string | null,
  ): Stripe.Subscription {
    if (subscription.status === 'canceled' && (changes.cancelAtPeriodEnd !== undefined || changes.priceId !== undefined)) {
      throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.');
    }
    const now = this.clock.now();
    const before = structuredClone(subscription);
    let invoice: Stripe.Invoice | undefined;
    if (changes.metadata) subscription.metadata = changes.metadata;
    if (changes.cancelAtPeriodEnd === true && !subscription.cancel_at_period_end) {
      subscription.cancel_at_period_end = true;
      subscription.cancel_at = itemOf(subscription).current_period_end;
      subscription.canceled_at = now;
      subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: 'cancellation_requested' };
    } else if (changes.cancelAtPeriodEnd === false && subscription.cancel_at_period_end) {
      subscription.cancel_at_period_end = false;
      subscription.cancel_at = null;
      subscription.canceled_at = null;
      subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: null };
    }
    if (changes.priceId !== undefined && changes.priceId !== itemOf(subscription).price.id) {
      invoice = this.switchPrice(subscription, this.store.price(changes.priceId, 'items[0][price]'), now);
    }
    const previous = changedFields(before, subscription);
    if (Object.keys(previous).length === 0) return subscription;
    if (invoice) this.announceCharge(invoice, now);
    this.events.emit('customer.subscription.updated', subscription, { previousAttributes: previous, idempotencyKey });
    if (invoice?.status === 'paid' && before.status === 'past_due') this.settleOpenInvoices(subscription, now);
    return subscription;
  }

  /** DELETE /v1/subscriptions/:id: ends it now. */
  cancelSubscription(subscription: Stripe.Subscription, idempotencyKey?: string | null): Stripe.Subscription {
    if (subscription.status === 'canceled') {
      throw invalidRequest(`No such subscription: '${subscription.id}'; it is already canceled.`, undefined, 'resource_missing');
    }
    this.end(subscription, this.clock.now(), 'cancellation_requested', idempotencyKey);
    return subscription;
  }

  /** The portal's "update card": a paying card also settles what a declined one left open. */
  updateCard(customer: Stripe.Customer, typedNumber: string): CardOnFile {
    const card = this.attachCard(customer, typedNumber, { declinesFailAtOnce: false });
    const now = this.clock.now();
    for (const subscription of this.store.subscriptions.values()) {
      if (subscription.customer !== customer.id || subscription.status === 'canceled') continue;
      subscription.default_payment_method = card.paymentMethodId;
      if (card.behaviour === 'pays' && subscription.status === 'past_due') this.settleOpenInvoices(subscription, now);
    }
    return card;
  }

  /** Moves the clock and runs, in time order, every period end and payment retry that falls due. */
  advanceClock(seconds: number): void {
    this.clock.advance(seconds);
    const now = this.clock.now();
    for (;;) {
      const next = this.nextDue(now);
      if (!next) return;
      next.run();
    }
  }

  private nextDue(now: number): { at: number; run: () => void } | undefined {
    let next: { at: number; run: () => void } | undefined;
    const consider = (at: number, run: () => void) => {
      if (at <= now && (!next || at < next.at)) next = { at, run };
    };
    for (const subscription of this.store.subscriptions.values()) {
      if (subscription.status !== 'active' && subscription.status !== 'past_due') continue;
      const periodEnd = itemOf(subscription).current_period_end;
      consider(periodEnd, () => this.endPeriod(subscription, periodEnd));
    }
    for (const invoice of this.store.invoices.values()) {
      const retryAt = invoice.status === 'open' ? invoice.next_payment_attempt : null;
      if (retryAt !== null) consider(retryAt, () => this.retryInvoice(invoice, retryAt));
    }
    return next;
  }

  /** At period end: the subscription ends (cancel_at_period_end) or renews with a new invoice that is charged. */
  private endPeriod(subscription: Stripe.Subscription, at: number): void {
    if (subscription.cancel_at_period_end) {
      this.end(subscription, at, 'cancellation_requested');
      return;
    }
    const before = structuredClone(subscription);
    const item = itemOf(subscription);
    const interval = intervalOf(item.price);
    let periods = 1;
    while (addIntervals(subscription.billing_cycle_anchor, interval, periods) <= at) periods += 1;
    item.current_period_start = at;
    item.current_period_end = addIntervals(subscription.billing_cycle_anchor, interval, periods);
    const invoice = this.invoice(subscription, 'subscription_cycle', at);
    this.charge(subscription, invoice, at);
    this.announceCharge(invoice, at);
    this.events.emit('customer.subscription.updated', subscription, { previousAttributes: changedFields(before, subscription), at });
  }

  private retryInvoice(invoice: Stripe.Invoice, at: number): void {
    const subscriptionId = invoice.parent?.subscription_details?.subscription;
    const subscription = typeof subscriptionId === 'string' ? this.store.subscriptions.get(subscriptionId) : undefined;
    if (!subscription || subscription.status === 'canceled') {
      invoice.next_payment_attempt = null;
      return;
    }
    const before = structuredClone(subscription);
    this.charge(subscription, invoice, at);
    this.announceCharge(invoice, at);
    if (invoice.status !== 'paid' && invoice.next_payment_attempt === null) {
      // Retries exhausted: Stripe's default is to cancel the subscription.
      this.end(subscription, at, 'payment_failed');
      return;
    }
    const previous = changedFields(before, subscription);
    if (Object.keys(previous).length > 0)
      this.events.emit('customer.subscription.updated', subscription, { previousAttributes: previous, at });
  }

  /** Interval changes restart the period now and bill the new price in full (no proration in the emulator). */
  private switchPrice(subscription: Stripe.Subscription, price: Stripe.Price, now: number): Stripe.Invoice | undefined {
    const item = itemOf(subscription);
    const intervalChanges = intervalOf(price) !== intervalOf(item.price);
    item.price = price;
    item.plan = planOf(price);
    if (!intervalChanges) return undefined;
    subscription.billing_cycle_anchor = now;
    item.current_period_start = now;
    item.current_period_end = addIntervals(now, intervalOf(price), 1);
    if (subscription.cancel_at_period_end) subscription.cancel_at = item.current_period_end;
    const invoice = this.invoice(subscription, 'subscription_update', now);
    this.charge(subscription, invoice, now);
    return invoice;
  }

  private invoice(subscription: Stripe.Subscription, reason: InvoiceReason, at: number): Stripe.Invoice {
    const customer = this.store.customer(String(subscription.customer));
    const invoice = buildInvoice(subscription, customer, reason, at);
    this.store.invoices.set(invoice.id, invoice);
    subscription.latest_invoice = invoice.id;
    return invoice;
  }

  /** Charges the customer's card for an open invoice; sets the subscription's status from the outcome. */
  private charge(subscription: Stripe.Subscription, invoice: Stripe.Invoice, at: number): void {
    const card = this.store.cards.get(String(subscription.customer));
    invoice.attempted = true;
    invoice.attempt_count += 1;
    if (card?.behaviour === 'pays') {
      this.markPaid(invoice, at);
      subscription.status = 'active';
      return;
    }
    const retryDays = this.dunning.retryAfterDays[invoice.attempt_count - 1];
    invoice.next_payment_attempt = retryDays === undefined ? null : at + retryDays * DAY;
    subscription.status = 'past_due';
  }

  private markPaid(invoice: Stripe.Invoice, at: number): void {
    invoice.status = 'paid';
    invoice.attempted = true;
    invoice.attempt_count = Math.max(invoice.attempt_count, 1);
    invoice.amount_paid = invoice.amount_due;
    invoice.amount_remaining = 0;
    invoice.next_payment_attempt = null;
    invoice.status_transitions.paid_at = at;
  }

  private announceCharge(invoice: Stripe.Invoice, at: number): void {
    this.events.emit(invoice.status === 'paid' ? 'invoice.paid' : 'invoice.payment_failed', invoice, { at });
  }

  /** A paying card pays every open invoice of the subscription, which makes a past-due subscription active again. */
  private settleOpenInvoices(subscription: Stripe.Subscription, at: number): void {
    const before = structuredClone(subscription);
    for (const invoice of this.store.invoices.values()) {
      if (invoice.status !== 'open' || invoice.parent?.subscription_details?.subscription !== subscription.id) continue;
      this.charge(subscription, invoice, at);
      this.announceCharge(invoice, at);
    }
    const previous = changedFields(before, subscription);
    if (Object.keys(previous).length > 0)
      this.events.emit('customer.subscription.updated', subscription, { previousAttributes: previous, at });
  }

  private end(
    subscription: Stripe.Subscription,
    at: number,
    reason: 'cancellation_requested' | 'payment_failed',
    idempotencyKey?: string | null,
  ): void {
    subscription.status = 'canceled';
    subscription.ended_at = at;
    subscription.canceled_at = subscription.canceled_at ?? at;
    subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason };
    for (const invoice of this.store.invoices.values()) {
      if (invoice.parent?.subscription_details?.subscription === subscription.id) invoice.next_payment_attempt = null;
    }
    this.events.emit('customer.subscription.deleted', subscription, { at, idempotencyKey });
  }
}
