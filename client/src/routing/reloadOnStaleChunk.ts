const RELOADED = 'askbaseReloadedForChunk';

/**
 * After a deploy, a tab opened before it asks for page chunks whose hashed names no longer exist: the import fails
 * (Vite dispatches `vite:preloadError`). Reloading fetches the new index.html and the new chunks. Only once per
 * history entry, remembered in `history.state` (which survives the reload): if the chunk still cannot be loaded
 * (offline), the error boundary shows instead of a reload loop.
 */
export function reloadOnStaleChunk(reload: () => void = () => window.location.reload()): () => void {
  const onPreloadError = () => {
    const state: unknown = window.history.state;
    if (state && typeof state === 'object' && RELOADED in state) return;
    window.history.replaceState({ ...(state as object | null), [RELOADED]: true }, '');
    reload();
  };
  window.addEventListener('vite:preloadError', onPreloadError);
  return () => window.removeEventListener('vite:preloadError', onPreloadError);
}
