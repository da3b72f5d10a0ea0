import type { ApiRoute } from './api-request';
import { catalogRoutes } from './catalog';
import { checkoutSessionRoutes } from './checkout-sessions';
import { customerRoutes } from './customers';
import { invoiceRoutes } from './invoices';
import { portalSessionRoutes } from './portal-sessions';
import { subscriptionRoutes } from './subscriptions';

const ROUTES: ApiRoute[] = [
  ...customerRoutes,
  ...catalogRoutes,
  ...checkoutSessionRoutes,
  ...subscriptionRoutes,
  ...invoiceRoutes,
  ...portalSessionRoutes,
];

export type RouteMatch = { route: ApiRoute; path: Record<string, string> } | { methodNotAllowed: true } | undefined;

/** Finds the route for a method and path; ids are URL-decoded. */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const segments = pathname.split('/');
  let pathMatched = false;
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    const path: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index] as string;
      if (part.startsWith(':')) {
        if (segment === '') return false;
        path[part.slice(1)] = decodeURIComponent(segment);
        return true;
      }
      return part === segment;
    });
    if (!matches) continue;
    if (route.method === method) return { route, path };
    pathMatched = true;
  }
  return pathMatched ? { methodNotAllowed: true } : undefined;
}
