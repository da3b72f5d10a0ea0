import { COOKIE_POLICY_VERSION, type ConsentCategory, OPTIONAL_CATEGORIES } from './consentPolicy';

/**
 * The browser's cookie choice: the one place that says whether an optional category may run. Code behind a
 * category (Sentry's browser SDK, analytics) asks `hasConsent` or waits with `whenConsented`, and is imported only
 * then, so nothing optional loads before the user allows it.
 *
 * Kept in localStorage with the policy version: a choice made under another version counts as no choice, so the
 * banner asks again. Storing the choice itself is strictly necessary (it is how "no" is remembered).
 */
export const CONSENT_STORAGE_KEY = 'askbase.cookieConsent';

export interface ConsentChoice {
  version: string;
  granted: ConsentCategory[];
  /** When the user chose, in this browser (ISO 8601). */
  decidedAt: string;
}

type Listener = (choice: ConsentChoice | null) => void;
const listeners = new Set<Listener>();

function parse(raw: string | null): ConsentChoice | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<ConsentChoice>;
    if (value.version !== COOKIE_POLICY_VERSION || !Array.isArray(value.granted) || typeof value.decidedAt !== 'string') return null;
    const granted = OPTIONAL_CATEGORIES.filter((category) => value.granted?.includes(category));
    return { version: value.version, granted, decidedAt: value.decidedAt };
  } catch {
    return null;
  }
}

/** The choice for the current policy version; null when the user has not chosen (or chose under an older one). */
export function readConsent(): ConsentChoice | null {
  try {
    return parse(window.localStorage.getItem(CONSENT_STORAGE_KEY));
  } catch {
    // Storage blocked (private mode, a policy): nothing was chosen, so nothing optional runs.
    return null;
  }
}

export function hasConsent(category: ConsentCategory): boolean {
  return readConsent()?.granted.includes(category) ?? false;
}

/** Stores the user's choice (the categories not listed are refused) and tells whoever listens. */
export function saveConsent(granted: readonly ConsentCategory[], now = new Date()): ConsentChoice {
  const choice: ConsentChoice = {
    version: COOKIE_POLICY_VERSION,
    granted: OPTIONAL_CATEGORIES.filter((category) => granted.includes(category)),
    decidedAt: now.toISOString(),
  };
  try {
    window.localStorage.setItem(CONSENT_STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Not kept: the banner asks again next visit, and the choice still applies to this page.
  }
  notify(choice);
  return choice;
}

/** Calls `listener` with every new choice, from this tab or another one; returns the unsubscribe. */
export function onConsentChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs `load` once, as soon as `category` is allowed: now, or when the user allows it later. For optional code
 * that must not load before consent: `whenConsented('errorReporting', () => import('./sentry').then(...))`.
 */
export function whenConsented(category: ConsentCategory, load: () => unknown): () => void {
  if (hasConsent(category)) {
    load();
    return () => {};
  }
  const unsubscribe = onConsentChange((choice) => {
    if (!choice?.granted.includes(category)) return;
    unsubscribe();
    load();
  });
  return unsubscribe;
}

function notify(choice: ConsentChoice | null): void {
  for (const listener of [...listeners]) listener(choice);
}

// A choice made in another tab applies here too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === CONSENT_STORAGE_KEY || event.key === null) notify(readConsent());
  });
}
