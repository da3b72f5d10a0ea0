import { invalidRequest } from '../errors';
import type { Params } from '../form';

export interface ApiList<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

/**
 * Stripe's cursor pagination: newest first, `limit` 1–100 (default 10), `starting_after` / `ending_before` an id
 * from the previous page. The SDK's auto-pagination walks it with `starting_after`.
 */
export function paginate<T extends { id: string; created: number }>(items: Iterable<T>, params: Params, url: string): ApiList<T> {
  const limit = params.integer('limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest('Invalid integer: limit must be between 1 and 100', 'limit');
  // Stable newest-first order: by created, then by insertion (objects made in the same second keep their order).
  const all = [...items].map((item, index) => ({ item, index }));
  all.sort((a, b) => b.item.created - a.item.created || b.index - a.index);
  const sorted = all.map(({ item }) => item);
  const startingAfter = params.string('starting_after');
  const endingBefore = params.string('ending_before');
  let page: T[];
  let hasMore: boolean;
  if (endingBefore !== undefined) {
    const end = indexOf(sorted, endingBefore, 'ending_before');
    const start = Math.max(0, end - limit);
    page = sorted.slice(start, end);
    hasMore = start > 0;
  } else {
    const start = startingAfter === undefined ? 0 : indexOf(sorted, startingAfter, 'starting_after') + 1;
    page = sorted.slice(start, start + limit);
    hasMore = start + limit < sorted.length;
  }
  return { object: 'list', data: page, has_more: hasMore, url };
}

function indexOf<T extends { id: string }>(items: T[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) throw invalidRequest(`No such object: '${id}'`, param, 'resource_missing');
  return index;
}

export const LIST_PARAMS = ['limit', 'starting_after', 'ending_before', 'expand'] as const;
