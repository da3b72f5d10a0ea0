import { invalidRequest } from '../errors';
import { Params } from '../form';
import { itemOf } from '../objects/subscription';
import type { ApiRoute } from './api-request';
import { LIST_PARAMS, paginate } from './list';

/** Accepted and ignored: the emulator neither prorates nor leaves payments incomplete. */
const IGNORED_ON_UPDATE = ['proration_behavior', 'payment_behavior', 'billing_cycle_anchor', 'proration_date'] as const;

/** `items[0][id]=si_…&items[0][price]=price_…`: the one item Askbase subscriptions have, switched to a new price. */
function requestedPrice(params: Params, itemId: string): string | undefined {
  const items = params.list('items');
  if (items === undefined) return undefined;
  if (items.length !== 1) throw invalidRequest('The emulator supports subscriptions with exactly one item.', 'items');
  const item = new Params((items[0] ?? {}) as Record<string, unknown>).allowOnly(['id', 'price', 'quantity']);
  const id = item.string('id');
  if (id !== undefined && id !== itemId) throw invalidRequest(`No such subscription item: '${id}'`, 'items[0][id]', 'resource_missing');
  const quantity = item.integer('quantity');
  if (quantity !== undefined && quantity !== 1) throw invalidRequest('The emulator supports quantity 1 only.', 'items[0][quantity]');
  return item.string('price');
}

export const subscriptionRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/subscriptions/:id',
    handle: ({ params, path, emulator }) => {
      params.allowOnly(['expand']);
      return emulator.store.subscription(path.id as string);
    },
  },
  {
    method: 'GET',
    path: '/v1/subscriptions',
    handle: ({ params, emulator }) => {
      params.allowOnly([...LIST_PARAMS, 'customer', 'price', 'status', 'created']);
      const customer = params.string('customer');
      const price = params.string('price');
      // Stripe leaves canceled subscriptions out unless asked for them (status=canceled or status=all).
      const status = params.string('status');
      const subscriptions = [...emulator.store.subscriptions.values()].filter(
        (subscription) =>
          (customer === undefined || subscription.customer === customer) &&
          (price === undefined || itemOf(subscription).price.id === price) &&
          (status === 'all' || (status === undefined ? subscription.status !== 'canceled' : subscription.status === status)),
      );
      return paginate(subscriptions, params, '/v1/subscriptions');
    },
  },
  {
    method: 'POST',
    path: '/v1/subscriptions/:id',
    handle: ({ params, path, emulator, idempotencyKey }) => {
      params.allowOnly(['cancel_at_period_end', 'items', 'metadata', 'expand', ...IGNORED_ON_UPDATE]);
      const subscription = emulator.store.subscription(path.id as string);
      return emulator.billing.updateSubscription(
        subscription,
        {
          cancelAtPeriodEnd: params.boolean('cancel_at_period_end'),
          priceId: requestedPrice(params, itemOf(subscription).id),
          metadata: params.metadata('metadata', subscription.metadata),
        },
        idempotencyKey,
      );
    },
  },
  {
    method: 'DELETE',
    path: '/v1/subscriptions/:id',
    handle: ({ params, path, emulator, idempotencyKey }) => {
      params.allowOnly(['expand', 'invoice_now', 'prorate', 'cancellation_details']);
      return emulator.billing.cancelSubscription(emulator.store.subscription(path.id as string), idempotencyKey);
    },
  },
];
