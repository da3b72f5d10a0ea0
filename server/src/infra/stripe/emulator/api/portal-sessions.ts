import { buildPortalSession } from '../objects/portal-session';
import type { ApiRoute } from './api-request';

export const portalSessionRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/billing_portal/sessions',
    handle: ({ params, emulator }) => {
      params.allowOnly(['customer', 'return_url', 'configuration', 'locale', 'flow_data', 'on_behalf_of', 'expand']);
      const customer = emulator.store.customer(params.requiredString('customer'), 'customer');
      const session = buildPortalSession(customer.id, params.string('return_url') ?? null, emulator.baseUrl(), emulator.clock.now());
      emulator.store.portalSessions.set(session.id, session);
      return session;
    },
  },
];
