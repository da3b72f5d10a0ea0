import { subscriptionIdOf } from '../objects/invoice';
import type { ApiRoute } from './api-request';
import { LIST_PARAMS, paginate } from './list';

export const invoiceRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/invoices/:id',
    handle: ({ params, path, emulator }) => {
      params.allowOnly(['expand']);
      return emulator.store.invoice(path.id as string);
    },
  },
  {
    method: 'GET',
    path: '/v1/invoices',
    handle: ({ params, emulator }) => {
      params.allowOnly([...LIST_PARAMS, 'customer', 'subscription', 'status', 'created', 'collection_method']);
      const customer = params.string('customer');
      const subscription = params.string('subscription');
      const status = params.string('status');
      const invoices = [...emulator.store.invoices.values()].filter(
        (invoice) =>
          (customer === undefined || invoice.customer === customer) &&
          (subscription === undefined || subscriptionIdOf(invoice) === subscription) &&
          (status === undefined || invoice.status === status),
      );
      return paginate(invoices, params, '/v1/invoices');
    },
  },
];
