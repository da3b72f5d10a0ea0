export interface OnceLoader<T> {
  /** Starts the load, or joins the one in flight. A failed load is forgotten, so the next call tries again. */
  load: () => Promise<T>;
  /** The value once loaded, without loading it. */
  current: () => T | undefined;
}

/**
 * A chunk (or anything built from one) fetched at most once at a time and kept once it has arrived. A failure is not
 * kept: a deploy may have replaced the chunk or the network dropped, and the next caller should try again.
 * `onLoaded` runs once the value is there (and `current()` returns it), before the callers' continuations.
 */
export function loadOnce<T>(load: () => Promise<T>, onLoaded?: (value: T) => void): OnceLoader<T> {
  let loading: Promise<T> | undefined;
  let loaded: { value: T } | undefined;
  return {
    load: () => {
      loading ??= load().then(
        (value) => {
          loaded = { value };
          onLoaded?.(value);
          return value;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    current: () => loaded?.value,
  };
}
