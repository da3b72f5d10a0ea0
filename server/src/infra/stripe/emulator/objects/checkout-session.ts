import type { Stripe } from '../../stripe-gateway';
import type { Metadata } from '../form';
import { newId } from '../ids';

/** Stripe keeps an unpaid checkout session open for 24 hours. */
export const CHECKOUT_SESSION_LIFETIME_SECONDS = 24 * 60 * 60;

export interface NewCheckoutSession {
  customer: Stripe.Customer;
  price: Stripe.Price;
  successUrl: string;
  cancelUrl: string | null;
  clientReferenceId: string | null;
  metadata: Metadata;
  /** `subscription_data[metadata]`: copied onto the subscription the session creates. */
  subscriptionMetadata: Metadata;
  baseUrl: string;
}

/** The emulator-side facts about a session the Stripe object has no field for. */
export interface CheckoutSessionExtras {
  priceId: string;
  subscriptionMetadata: Metadata;
}

export function buildCheckoutSession(input: NewCheckoutSession, now: number): Stripe.Checkout.Session {
  const id = newId.checkoutSession();
  const amount = input.price.unit_amount ?? 0;
  return {
    id,
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: amount,
    amount_total: amount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: input.cancelUrl,
    client_reference_id: input.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency: input.price.currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: input.customer.id,
    customer_account: null,
    customer_creation: null,
    customer_details: null,
    customer_email: null,
    discounts: [],
    expires_at: now + CHECKOUT_SESSION_LIFETIME_SECONDS,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: input.metadata,
    mode: 'subscription',
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'always',
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: input.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted_page',
    url: `${input.baseUrl}/checkout/${id}`,
    wallet_options: null,
  };
}
