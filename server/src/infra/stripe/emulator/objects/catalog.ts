import type { Stripe } from '../../stripe-gateway';
import type { BillingInterval } from '../clock';
import { newId } from '../ids';

export function buildProduct(id: string, name: string, now: number): Stripe.Product {
  return {
    id,
    object: 'product',
    active: true,
    created: now,
    default_price: null,
    description: null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: now,
    url: null,
  };
}

export interface SeedPrice {
  /** The id Askbase's configuration names (STRIPE_PRICE_PRO_MONTHLY / _YEARLY); Stripe's own look like `price_…`. */
  id?: string;
  unitAmount: number;
  interval: BillingInterval;
  currency?: string;
  nickname?: string;
}

export function buildPrice(seed: SeedPrice, productId: string, now: number): Stripe.Price {
  return {
    id: seed.id ?? newId.price(),
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: now,
    currency: seed.currency ?? 'usd',
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: seed.nickname ?? null,
    product: productId,
    recurring: { interval: seed.interval, interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: seed.unitAmount,
    unit_amount_decimal: null,
  };
}

/** The legacy `plan` view of a recurring price that Stripe still puts on every subscription item. */
export function planOf(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: null,
    billing_scheme: 'per_unit',
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? 'month',
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  };
}

export function intervalOf(price: Stripe.Price): BillingInterval {
  return price.recurring?.interval === 'year' ? 'year' : 'month';
}
