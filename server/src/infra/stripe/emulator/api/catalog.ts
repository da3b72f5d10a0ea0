import type { ApiRoute } from './api-request';
import { LIST_PARAMS, paginate } from './list';

/** Read-only: the catalog is seeded when the emulator starts (Askbase never creates prices at run time). */
export const catalogRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/products/:id',
    handle: ({ params, path, emulator }) => {
      params.allowOnly(['expand']);
      return emulator.store.product(path.id as string);
    },
  },
  {
    method: 'GET',
    path: '/v1/products',
    handle: ({ params, emulator }) => {
      params.allowOnly([...LIST_PARAMS, 'active']);
      return paginate(emulator.store.products.values(), params, '/v1/products');
    },
  },
  {
    method: 'GET',
    path: '/v1/prices/:id',
    handle: ({ params, path, emulator }) => {
      params.allowOnly(['expand']);
      return emulator.store.price(path.id as string);
    },
  },
  {
    method: 'GET',
    path: '/v1/prices',
    handle: ({ params, emulator }) => {
      params.allowOnly([...LIST_PARAMS, 'active', 'product', 'type', 'currency']);
      const product = params.string('product');
      const prices = [...emulator.store.prices.values()].filter((price) => product === undefined || price.product === product);
      return paginate(prices, params, '/v1/prices');
    },
  },
];
