import type { EmulatorParts } from '../api/api-request';
import { EmulatorError } from '../errors';
import { parseForm } from '../form';
import { itemOf } from '../objects/subscription';
import { renderCheckoutPage, successRedirect } from './checkout-page';
import { html, page } from './html';
import { alternatePrice, type PortalMessage, portalSubscriptions, renderPortalPage } from './portal-page';

export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  // Inline styles only; no scripts anywhere.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
};

const htmlPage = (status: number, body: string): PageResponse => ({ status, headers: HTML_HEADERS, body });
const redirect = (location: string): PageResponse => ({ status: 303, headers: { Location: location }, body: '' });
const notFound = () => htmlPage(404, page('Not found', html`<h1>Not found</h1><p>This link is not valid (any more).</p>`));

const PORTAL_NOTICES: Record<string, string> = {
  card: 'Your card was updated.',
  cancel: 'Your plan will be canceled at the end of the period.',
  resume: 'Your plan will renew.',
  price: 'Your billing interval was changed.',
};

/** The hosted checkout and portal: GET shows, POST acts and redirects (so a reload never repeats an action). */
export function handlePageRequest(method: string, url: URL, body: string, parts: EmulatorParts): PageResponse | undefined {
  const segments = url.pathname
    .split('/')
    .slice(1)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return '';
      }
    });
  const form = method === 'POST' ? parseForm(body) : {};
  const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
  if (segments[0] === 'checkout' && segments[1]) {
    const session = parts.store.checkoutSessions.get(segments[1]);
    if (!session) return notFound();
    if (method === 'GET' && segments.length === 2) return htmlPage(200, renderCheckoutPage(session, parts.store, parts.clock.now()));
    if (method === 'POST' && segments[2] === 'pay' && segments.length === 3) {
      try {
        parts.billing.payCheckoutSession(session, field('card'));
        return redirect(successRedirect(session));
      } catch (error) {
        if (!(error instanceof EmulatorError)) throw error;
        return htmlPage(error.status, renderCheckoutPage(session, parts.store, parts.clock.now(), error.message));
      }
    }
    return notFound();
  }
  if (segments[0] === 'portal' && segments[1]) {
    const session = parts.store.portalSessions.get(segments[1]);
    if (!session) return notFound();
    const self = `/portal/${encodeURIComponent(session.id)}`;
    if (method === 'GET' && segments.length === 2) {
      const done = url.searchParams.get('done') ?? '';
      const message: PortalMessage | undefined = PORTAL_NOTICES[done] ? { kind: 'notice', text: PORTAL_NOTICES[done] } : undefined;
      return htmlPage(200, renderPortalPage(session, parts.store, message));
    }
    if (method !== 'POST') return notFound();
    try {
      if (segments[2] === 'card' && segments.length === 3) {
        parts.billing.updateCard(parts.store.customer(session.customer), field('card'));
        return redirect(`${self}?done=card`);
      }
      if (segments[2] === 'subscriptions' && segments[3] && segments.length === 5) {
        // Only the portal customer's own subscriptions: an id from elsewhere is "not found", not acted on.
        const subscription = portalSubscriptions(session, parts.store).find((candidate) => candidate.id === segments[3]);
        if (!subscription) return notFound();
        const action = segments[4];
        if (action === 'cancel') parts.billing.updateSubscription(subscription, { cancelAtPeriodEnd: true });
        else if (action === 'resume') parts.billing.updateSubscription(subscription, { cancelAtPeriodEnd: false });
        else if (action === 'price') {
          const target = alternatePrice(itemOf(subscription).price, parts.store);
          if (!target || target.id !== field('price')) return notFound();
          parts.billing.updateSubscription(subscription, { priceId: target.id });
        } else return notFound();
        return redirect(`${self}?done=${action}`);
      }
      return notFound();
    } catch (error) {
      if (!(error instanceof EmulatorError)) throw error;
      return htmlPage(error.status, renderPortalPage(session, parts.store, { kind: 'error', text: error.message }));
    }
  }
  return undefined;
}
