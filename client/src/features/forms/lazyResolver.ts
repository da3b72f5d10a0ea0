import { useEffect } from 'react';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { loadOnce } from '../../routing/loadOnce';

export type LazyResolver<TFieldValues extends FieldValues> = Resolver<TFieldValues> & {
  /** Starts fetching the validation code now (e.g. once the form has painted), so the first submit does not wait. */
  preload: () => Promise<void>;
};

/** What the form says when its validation code could not be fetched (offline, or a deploy replaced the chunk). */
export const VALIDATION_UNAVAILABLE_MESSAGE = 'Could not load the form. Check your connection and try again.';

/**
 * A react-hook-form resolver whose code (zod and its schemas, ≈ 15 kB gzip) is fetched on first use instead of with
 * the page: the public forms paint without it. The first validation waits for the chunk; `preload` fetches it early.
 * A failed fetch is not cached, so the next validation tries again.
 *
 * A failed fetch comes back as a form-level error (`errors.root`) rather than a throw: react-hook-form rethrows a
 * resolver's exception out of `handleSubmit` (an unhandled rejection nobody sees) and would leave the user with a
 * button that does nothing. An error keeps the values from being submitted unvalidated, and the form shows it.
 */
export function lazyResolver<TFieldValues extends FieldValues>(load: () => Promise<Resolver<TFieldValues>>): LazyResolver<TFieldValues> {
  const code = loadOnce(load);
  const resolver = (async (values, context, options) => {
    let validate: Resolver<TFieldValues>;
    try {
      validate = await code.load();
    } catch {
      return {
        values: {},
        errors: { root: { type: 'unavailable', message: VALIDATION_UNAVAILABLE_MESSAGE } } as FieldErrors<TFieldValues>,
      };
    }
    return validate(values, context, options);
  }) as LazyResolver<TFieldValues>;
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
