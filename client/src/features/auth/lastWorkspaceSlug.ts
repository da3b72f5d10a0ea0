// Remembered per browser so that "/" and a fresh log-in land where the user was working last.
const STORAGE_KEY = 'askbase.lastWorkspaceSlug';

export function readLastWorkspaceSlug(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy settings): the app then falls back to the first workspace.
    return null;
  }
}

export function rememberLastWorkspaceSlug(slug: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, slug);
  } catch {
    // Not remembering is harmless.
  }
}

/** The last used workspace if the user still belongs to it, else the first one, else none. */
export function pickWorkspaceSlug(workspaces: readonly { slug: string }[], lastSlug: string | null): string | null {
  const last = workspaces.find((workspace) => workspace.slug === lastSlug);
  return (last ?? workspaces[0])?.slug ?? null;
}
