import { invalidRequest, missingParam } from '../errors';
import { Params } from '../form';
import { buildCheckoutSession } from '../objects/checkout-session';
import type { ApiRoute } from './api-request';

/** Accepted and ignored: options of Stripe's checkout that change nothing in the emulator's hosted page. */
const IGNORED = [
  'allow_promotion_codes',
  'billing_address_collection',
  'customer_update',
  'locale',
  'payment_method_types',
  'automatic_tax',
  'tax_id_collection',
  'consent_collection',
  'payment_method_collection',
  'ui_mode',
] as const;

function validUrl(value: string, param: string): string {
  try {
    const url = new URL(value.replace('{CHECKOUT_SESSION_ID}', 'cs'));
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // fall through to Stripe's message
  }
  throw invalidRequest('Not a valid URL', param, 'url_invalid');
}

export const checkoutSessionRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/checkout/sessions',
    handle: ({ params, emulator }) => {
      params.allowOnly([
        'mode',
        'customer',
        'line_items',
        'success_url',
        'cancel_url',
        'client_reference_id',
        'metadata',
        'subscription_data',
        'expand',
        ...IGNORED,
      ]);
      const mode = params.requiredString('mode');
      if (mode !== 'subscription') {
        throw invalidRequest(`The emulator supports mode=subscription only (got '${mode}').`, 'mode');
      }
      const customerId = params.string('customer');
      if (!customerId) throw missingParam('customer');
      const customer = emulator.store.customer(customerId, 'customer');
      const lineItems = params.list('line_items') ?? [];
      if (lineItems.length === 0) throw missingParam('line_items');
      if (lineItems.length > 1) throw invalidRequest('The emulator supports one line item per checkout session.', 'line_items[1]');
      const line = new Params((lineItems[0] ?? {}) as Record<string, unknown>).allowOnly(['price', 'quantity']);
      const priceId = line.string('price');
      if (!priceId) throw missingParam('line_items[0][price]');
      const price = emulator.store.price(priceId, 'line_items[0][price]');
      const quantity = line.integer('quantity') ?? 1;
      if (quantity !== 1) throw invalidRequest('The emulator supports quantity 1 only.', 'line_items[0][quantity]');
      const subscriptionData = params.object('subscription_data')?.allowOnly(['metadata', 'description', 'trial_period_days']);
      const session = buildCheckoutSession(
        {
          customer,
          price,
          successUrl: validUrl(params.requiredString('success_url'), 'success_url'),
          cancelUrl: params.has('cancel_url') ? validUrl(params.requiredString('cancel_url'), 'cancel_url') : null,
          clientReferenceId: params.string('client_reference_id') ?? null,
          metadata: params.metadata() ?? {},
          subscriptionMetadata: subscriptionData?.metadata() ?? {},
          baseUrl: emulator.baseUrl(),
        },
        emulator.clock.now(),
      );
      emulator.store.checkoutSessions.set(session.id, session);
      emulator.store.checkoutExtras.set(session.id, { priceId: price.id, subscriptionMetadata: subscriptionData?.metadata() ?? {} });
      return session;
    },
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id',
    handle: ({ params, path, emulator }) => {
      params.allowOnly(['expand']);
      return emulator.store.checkoutSession(path.id as string);
    },
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/expire',
    handle: ({ params, path, emulator }) => {
      params.allowOnly(['expand']);
      const session = emulator.store.checkoutSession(path.id as string);
      if (session.status !== 'open') {
        throw invalidRequest(
          `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
        );
      }
      session.status = 'expired';
      session.url = null;
      return session;
    },
  },
];
