import type { Stripe } from '../stripe-gateway';
import { noSuch } from './errors';
import type { CheckoutSessionExtras } from './objects/checkout-session';
import type { EmittedEvent } from './objects/event';
import type { CardBehaviour } from './test-cards';

/** The card a customer pays with; the emulator keeps it beside the customer instead of a full PaymentMethod. */
export interface CardOnFile {
  paymentMethodId: string;
  last4: string;
  behaviour: CardBehaviour;
}

/** The store as JSON-able data, for the development state file (events are not kept: they are history). */
export interface StoreSnapshot {
  version: 1;
  customers: Stripe.Customer[];
  products: Stripe.Product[];
  prices: Stripe.Price[];
  checkoutSessions: Stripe.Checkout.Session[];
  checkoutExtras: Array<[string, CheckoutSessionExtras]>;
  subscriptions: Stripe.Subscription[];
  invoices: Stripe.Invoice[];
  portalSessions: Stripe.BillingPortal.Session[];
  cards: Array<[string, CardOnFile]>;
}

/** Everything the emulator holds, in memory: one store per emulator, gone when it stops (unless saved to a state file). */
export class EmulatorStore {
  readonly customers = new Map<string, Stripe.Customer>();
  readonly products = new Map<string, Stripe.Product>();
  readonly prices = new Map<string, Stripe.Price>();
  readonly checkoutSessions = new Map<string, Stripe.Checkout.Session>();
  readonly checkoutExtras = new Map<string, CheckoutSessionExtras>();
  readonly subscriptions = new Map<string, Stripe.Subscription>();
  readonly invoices = new Map<string, Stripe.Invoice>();
  readonly portalSessions = new Map<string, Stripe.BillingPortal.Session>();
  readonly cards = new Map<string, CardOnFile>();
  readonly events: EmittedEvent[] = [];

  snapshot(): StoreSnapshot {
    return {
      version: 1,
      customers: [...this.customers.values()],
      products: [...this.products.values()],
      prices: [...this.prices.values()],
      checkoutSessions: [...this.checkoutSessions.values()],
      checkoutExtras: [...this.checkoutExtras.entries()],
      subscriptions: [...this.subscriptions.values()],
      invoices: [...this.invoices.values()],
      portalSessions: [...this.portalSessions.values()],
      cards: [...this.cards.entries()],
    };
  }

  restore(snapshot: StoreSnapshot): void {
    const byId = <T extends { id: string }>(map: Map<string, T>, items: T[]) => {
      for (const item of items) map.set(item.id, item);
    };
    byId(this.customers, snapshot.customers);
    byId(this.products, snapshot.products);
    byId(this.prices, snapshot.prices);
    byId(this.checkoutSessions, snapshot.checkoutSessions);
    byId(this.subscriptions, snapshot.subscriptions);
    byId(this.invoices, snapshot.invoices);
    byId(this.portalSessions, snapshot.portalSessions);
    for (const [id, extras] of snapshot.checkoutExtras) this.checkoutExtras.set(id, extras);
    for (const [id, card] of snapshot.cards) this.cards.set(id, card);
  }

  customer(id: string, param?: string): Stripe.Customer {
    return found(this.customers.get(id), 'customer', id, param);
  }

  price(id: string, param?: string): Stripe.Price {
    return found(this.prices.get(id), 'price', id, param);
  }

  product(id: string, param?: string): Stripe.Product {
    return found(this.products.get(id), 'product', id, param);
  }

  checkoutSession(id: string): Stripe.Checkout.Session {
    return found(this.checkoutSessions.get(id), 'checkout.session', id);
  }

  subscription(id: string, param?: string): Stripe.Subscription {
    return found(this.subscriptions.get(id), 'subscription', id, param);
  }

  invoice(id: string, param?: string): Stripe.Invoice {
    return found(this.invoices.get(id), 'invoice', id, param);
  }

  portalSession(id: string): Stripe.BillingPortal.Session {
    return found(this.portalSessions.get(id), 'billing_portal.session', id);
  }

  /** Any stored object by its id, for `expand[]`: the prefix says which kind it is. */
  byId(id: string): object | undefined {
    const maps: Array<[string, Map<string, object>]> = [
      ['cus_', this.customers],
      ['prod_', this.products],
      ['price_', this.prices],
      ['cs_', this.checkoutSessions],
      ['sub_', this.subscriptions],
      ['in_', this.invoices],
    ];
    for (const [prefix, map] of maps) if (id.startsWith(prefix)) return map.get(id);
    // Configured price ids need not follow Stripe's format.
    return this.prices.get(id);
  }
}

function found<T>(value: T | undefined, kind: string, id: string, param?: string): T {
  if (value === undefined) throw noSuch(kind, id, param);
  return value;
}
