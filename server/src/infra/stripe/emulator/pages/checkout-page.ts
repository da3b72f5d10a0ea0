import type { Stripe } from '../../stripe-gateway';
import { intervalOf } from '../objects/catalog';
import type { EmulatorStore } from '../store';
import { formatAmount, html, page } from './html';

/** The hosted checkout page: plan, price, a card field, and a way back. */
export function renderCheckoutPage(session: Stripe.Checkout.Session, store: EmulatorStore, now: number, error?: string): string {
  const extras = store.checkoutExtras.get(session.id);
  const price = extras ? store.prices.get(extras.priceId) : undefined;
  const product = price && typeof price.product === 'string' ? store.products.get(price.product) : undefined;
  const customerId = typeof session.customer === 'string' ? session.customer : session.customer?.id;
  const customer = customerId ? store.customers.get(customerId) : undefined;
  if (session.status === 'complete') {
    return page(
      'Already paid',
      html`<h1>This checkout is complete</h1><p>The subscription is already paid.</p>${backLink(session.success_url, 'Continue')}`,
    );
  }
  if (session.status !== 'open' || session.expires_at <= now || !price) {
    return page(
      'Checkout expired',
      html`<h1>This checkout has expired</h1><p>Start again from the app.</p>${backLink(session.cancel_url, 'Back')}`,
    );
  }
  const amount = formatAmount(price.unit_amount, price.currency);
  const interval = intervalOf(price);
  return page(
    `Subscribe to ${product?.name ?? 'the plan'}`,
    html`<h1>Subscribe to ${product?.name ?? 'the plan'}</h1>
<p class="price">${amount} <small>per ${interval}</small></p>
<p>Billed ${interval === 'year' ? 'yearly' : 'monthly'}${customer?.email ? html` to <strong>${customer.email}</strong>` : ''}.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/checkout/${encodeURIComponent(session.id)}/pay">
  <label for="card">Card number</label>
  <input id="card" name="card" inputmode="numeric" autocomplete="off" placeholder="4242 4242 4242 4242" required>
  <p><small>Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined.</small></p>
  <button type="submit">Pay ${amount}</button>
</form>
${backLink(session.cancel_url, 'Cancel and go back')}`,
  );
}

function backLink(url: string | null, label: string) {
  return url ? html`<p><a href="${url}">${label}</a></p>` : '';
}

/** Where the browser goes after paying: success_url with Stripe's `{CHECKOUT_SESSION_ID}` template filled in. */
export function successRedirect(session: Stripe.Checkout.Session): string {
  return (session.success_url ?? '/').replaceAll('{CHECKOUT_SESSION_ID}', session.id);
}
