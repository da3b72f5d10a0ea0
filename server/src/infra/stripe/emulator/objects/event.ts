import { STRIPE_API_VERSION, type Stripe } from '../../stripe-gateway';
import { newId } from '../ids';

/** The event types the emulator emits, each with the object its `data.object` carries. */
export interface EmittedEventObjects {
  'customer.created': Stripe.Customer;
  'checkout.session.completed': Stripe.Checkout.Session;
  'customer.subscription.created': Stripe.Subscription;
  'customer.subscription.updated': Stripe.Subscription;
  'customer.subscription.deleted': Stripe.Subscription;
  'invoice.paid': Stripe.Invoice;
  'invoice.payment_failed': Stripe.Invoice;
}

export type EmittedEventType = keyof EmittedEventObjects;

export type EmittedEvent = Extract<Stripe.Event, { type: EmittedEventType }>;

/**
 * A Stripe event with a snapshot of the object as it is now (later changes must not leak into an event already
 * sent), and `previous_attributes` for updates, as Stripe sends them.
 */
export function buildEvent<T extends EmittedEventType>(
  type: T,
  object: EmittedEventObjects[T],
  now: number,
  options: { previousAttributes?: Partial<EmittedEventObjects[T]>; idempotencyKey?: string | null } = {},
): EmittedEvent {
  const event = {
    id: newId.event(),
    object: 'event',
    api_version: STRIPE_API_VERSION,
    created: now,
    data: {
      object: structuredClone(object),
      ...(options.previousAttributes ? { previous_attributes: structuredClone(options.previousAttributes) } : {}),
    },
    livemode: false,
    pending_webhooks: 1,
    request: { id: options.idempotencyKey ? newId.request() : null, idempotency_key: options.idempotencyKey ?? null },
    type,
  };
  // TypeScript cannot tie the generic `type` to its member of the union; the map above is what guarantees it.
  return event as EmittedEvent;
}
