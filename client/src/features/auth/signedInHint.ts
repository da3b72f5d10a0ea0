/**
 * Whether this browser was signed in when it last heard from the server. The session cookie is httpOnly, so the page
 * cannot see it; this hint is what lets a route start its signed-in queries before the session check answers (see
 * AppRoutes). Only a hint, never trusted for access: it holds no secret, the server decides every request, and a
 * wrong hint costs one round of preloaded queries (stale) or one round trip of waiting (missing).
 */
const STORAGE_KEY = 'askbase.signedIn';

export function probablySignedIn(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    // Storage can be disabled (privacy settings): no preloading, the pages then ask after the session check.
    return false;
  }
}

/** The server named the viewer: a session check, a sign-in or any answer with `me` in it. */
export function rememberSignedIn(): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, '1');
  } catch {
    // Not remembering only costs the next visit its head start.
  }
}

/** Signed out, account deleted, or the server answered "nobody" / UNAUTHENTICATED (the session expired or was revoked). */
export function forgetSignedIn(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
