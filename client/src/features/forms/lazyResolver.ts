import { useEffect } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import { loadOnce } from '../../routing/loadOnce';

export type LazyResolver<TFieldValues extends FieldValues> = Resolver<TFieldValues> & {
  /** Starts fetching the validation code now (e.g. once the form has painted), so the first submit does not wait. */
  preload: () => Promise<void>;
};

/**
 * A react-hook-form resolver whose code (zod and its schemas, ≈ 15 kB gzip) is fetched on first use instead of with
 * the page: the public forms paint without it. The first validation waits for the chunk; `preload` fetches it early.
 * A failed fetch is not cached, so the next validation tries again.
 */
export function lazyResolver<TFieldValues extends FieldValues>(load: () => Promise<Resolver<TFieldValues>>): LazyResolver<TFieldValues> {
  const code = loadOnce(load);
  const resolver = (async (values, context, options) => (await code.load())(values, context, options)) as LazyResolver<TFieldValues>;
  resolver.preload = () => code.load().then(() => undefined);
  return resolver;
}

/** The resolver, its code fetched once the form has painted (a failed fetch is retried at the first submit). */
export function usePreloadedResolver<TFieldValues extends FieldValues>(resolver: LazyResolver<TFieldValues>): Resolver<TFieldValues> {
  useEffect(() => {
    resolver.preload().catch(() => undefined);
  }, [resolver]);
  return resolver;
}
