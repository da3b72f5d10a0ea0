import { buildCustomer } from '../objects/customer';
import type { ApiRoute } from './api-request';
import { LIST_PARAMS, paginate } from './list';

const WRITABLE = ['email', 'name', 'description', 'phone', 'metadata', 'expand'] as const;

export const customerRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/customers',
    handle: ({ params, emulator, idempotencyKey }) => {
      params.allowOnly(WRITABLE);
      const customer = buildCustomer(
        {
          email: params.string('email') ?? null,
          name: params.string('name') ?? null,
          description: params.string('description') ?? null,
          phone: params.string('phone') ?? null,
          metadata: params.metadata() ?? {},
        },
        emulator.clock.now(),
      );
      emulator.store.customers.set(customer.id, customer);
      emulator.events.emit('customer.created', customer, { idempotencyKey });
      return customer;
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/:id',
    handle: ({ params, path, emulator }) => {
      params.allowOnly(['expand']);
      return emulator.store.customer(path.id as string);
    },
  },
  {
    method: 'POST',
    path: '/v1/customers/:id',
    handle: ({ params, path, emulator }) => {
      params.allowOnly(WRITABLE);
      const customer = emulator.store.customer(path.id as string);
      for (const field of ['email', 'name', 'description', 'phone'] as const) {
        // Stripe clears a field sent empty.
        if (params.has(field)) customer[field] = params.string(field) || null;
      }
      customer.metadata = params.metadata('metadata', customer.metadata) ?? customer.metadata;
      return customer;
    },
  },
  {
    method: 'GET',
    path: '/v1/customers',
    handle: ({ params, emulator }) => {
      params.allowOnly([...LIST_PARAMS, 'email', 'created']);
      const email = params.string('email');
      // Stripe matches the email exactly, case-sensitively.
      const customers = [...emulator.store.customers.values()].filter((customer) => email === undefined || customer.email === email);
      return paginate(customers, params, '/v1/customers');
    },
  },
];
