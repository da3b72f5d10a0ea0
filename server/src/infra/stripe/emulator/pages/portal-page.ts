import type { Stripe } from '../../stripe-gateway';
import { intervalOf } from '../objects/catalog';
import { itemOf } from '../objects/subscription';
import type { EmulatorStore } from '../store';
import { formatAmount, formatDate, html, page, type SafeHtml } from './html';

export interface PortalMessage {
  kind: 'error' | 'notice';
  text: string;
}

/** The subscriptions a portal session may manage: its customer's, newest first, the ended ones last. */
export function portalSubscriptions(session: Stripe.BillingPortal.Session, store: EmulatorStore): Stripe.Subscription[] {
  return [...store.subscriptions.values()]
    .filter((subscription) => subscription.customer === session.customer)
    .sort((a, b) => Number(a.status === 'canceled') - Number(b.status === 'canceled') || b.created - a.created);
}

/** The price with the same product and the other interval (monthly ↔ yearly), if the catalog has one. */
export function alternatePrice(price: Stripe.Price, store: EmulatorStore): Stripe.Price | undefined {
  return [...store.prices.values()].find(
    (candidate) => candidate.product === price.product && candidate.active && intervalOf(candidate) !== intervalOf(price),
  );
}

export function renderPortalPage(session: Stripe.BillingPortal.Session, store: EmulatorStore, message?: PortalMessage): string {
  const customer = store.customers.get(session.customer);
  const card = store.cards.get(session.customer);
  const subscriptions = portalSubscriptions(session, store);
  const action = (path: string) => `/portal/${encodeURIComponent(session.id)}/${path}`;
  const invoices = [...store.invoices.values()]
    .filter((invoice) => invoice.customer === session.customer)
    .sort((a, b) => b.created - a.created);
  return page(
    'Manage billing',
    html`<h1>Manage billing</h1>
<p>${customer?.name ?? customer?.email ?? session.customer}</p>
${message ? html`<p class="${message.kind}" role="${message.kind === 'error' ? 'alert' : 'status'}">${message.text}</p>` : ''}
${subscriptions.length === 0 ? html`<p>No subscription.</p>` : subscriptions.map((subscription) => subscriptionSection(subscription, store, action))}
<section>
  <h2>Payment method</h2>
  <p>${card ? `Card ending ${card.last4}` : 'No card on file.'}</p>
  <form method="post" action="${action('card')}">
    <label for="card">New card number</label>
    <input id="card" name="card" inputmode="numeric" autocomplete="off" required>
    <p><small>4242 4242 4242 4242 pays; 4000 0000 0000 0341 is accepted but declines at the next charge.</small></p>
    <button type="submit">Update card</button>
  </form>
</section>
<section>
  <h2>Invoices</h2>
  ${
    invoices.length === 0
      ? html`<p>No invoices yet.</p>`
      : html`<table><tr><th>Date</th><th>Amount</th><th>Status</th></tr>${invoices.map(
          (invoice) =>
            html`<tr><td>${formatDate(invoice.created)}</td><td>${formatAmount(invoice.total, invoice.currency)}</td><td>${invoice.status}</td></tr>`,
        )}</table>`
  }
</section>
${session.return_url ? html`<section><a href="${session.return_url}">Return to the app</a></section>` : ''}`,
  );
}

function subscriptionSection(subscription: Stripe.Subscription, store: EmulatorStore, action: (path: string) => string): SafeHtml {
  const item = itemOf(subscription);
  const product = typeof item.price.product === 'string' ? store.products.get(item.price.product) : undefined;
  const interval = intervalOf(item.price);
  const other = alternatePrice(item.price, store);
  const id = encodeURIComponent(subscription.id);
  const live = subscription.status !== 'canceled';
  return html`<section aria-label="Subscription ${product?.name ?? ''}">
  <h2>${product?.name ?? 'Subscription'}</h2>
  <p>${formatAmount(item.price.unit_amount, item.price.currency)} per ${interval} · status: <strong>${subscription.status}</strong></p>
  ${
    !live
      ? html`<p>Ended ${subscription.ended_at ? formatDate(subscription.ended_at) : ''}.</p>`
      : subscription.cancel_at_period_end
        ? html`<p>Cancels on ${formatDate(item.current_period_end)}.</p>
  <form method="post" action="${action(`subscriptions/${id}/resume`)}"><button type="submit">Renew plan</button></form>`
        : html`<p>Renews on ${formatDate(item.current_period_end)}.</p>
  <form method="post" action="${action(`subscriptions/${id}/cancel`)}"><button type="submit" class="secondary">Cancel plan</button></form>`
  }
  ${
    live && other
      ? html`<form method="post" action="${action(`subscriptions/${id}/price`)}">
    <input type="hidden" name="price" value="${other.id}">
    <button type="submit" class="secondary">Switch to ${intervalOf(other) === 'year' ? 'yearly' : 'monthly'} billing (${formatAmount(other.unit_amount, other.currency)} per ${intervalOf(other)})</button>
  </form>`
      : ''
  }
</section>`;
}
