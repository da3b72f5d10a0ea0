import type { Stripe } from '../../stripe-gateway';
import { newId } from '../ids';

/** One portal configuration for the whole emulator, as an account that never customised its portal has. */
export const DEFAULT_PORTAL_CONFIGURATION = newId.portalConfiguration();

export function buildPortalSession(
  customerId: string,
  returnUrl: string | null,
  baseUrl: string,
  now: number,
): Stripe.BillingPortal.Session {
  const id = newId.portalSession();
  return {
    id,
    object: 'billing_portal.session',
    configuration: DEFAULT_PORTAL_CONFIGURATION,
    created: now,
    customer: customerId,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: returnUrl,
    url: `${baseUrl}/portal/${id}`,
  };
}
