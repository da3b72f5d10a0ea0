import { invalidRequest } from '../errors';
import type { EmulatorStore } from '../store';

/** Stripe expands at most four levels deep. */
const MAX_DEPTH = 4;

/**
 * Applies `expand[]` to a response (a copy: stored objects keep ids). Each path names a field holding an id
 * (`subscription`, `latest_invoice`, `subscription.latest_invoice`); on a list, paths start with `data.`.
 * A path that does not lead to an expandable id is refused the way Stripe refuses it.
 */
export function applyExpand<T extends object>(response: T, paths: string[], store: EmulatorStore): T {
  if (paths.length === 0) return response;
  const copy = structuredClone(response);
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > MAX_DEPTH + (segments[0] === 'data' ? 1 : 0)) {
      throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property. Property: ${path}`, 'expand');
    }
    expandInto(copy, segments, path, store);
  }
  return copy;
}

function expandInto(target: unknown, segments: string[], path: string, store: EmulatorStore): void {
  const [segment, ...rest] = segments;
  if (segment === undefined || typeof target !== 'object' || target === null) return;
  if (Array.isArray(target)) {
    for (const entry of target) expandInto(entry, segments, path, store);
    return;
  }
  const record = target as Record<string, unknown>;
  if (!(segment in record)) throw cannotExpand(path);
  let value = record[segment];
  if (typeof value === 'string') {
    const found = store.byId(value);
    if (!found) throw cannotExpand(path);
    value = structuredClone(found);
    record[segment] = value;
  } else if (value === null) {
    return;
  } else if (rest.length === 0 && typeof value === 'object' && !Array.isArray(value)) {
    // Already an object (expanded by an earlier path): nothing to do.
    return;
  }
  if (rest.length > 0) expandInto(value, rest, path, store);
  else if (typeof value !== 'object') throw cannotExpand(path);
}

function cannotExpand(path: string) {
  return invalidRequest(`This property cannot be expanded (${path}).`, 'expand');
}
