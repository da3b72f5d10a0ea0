/**
 * The cookie policy the consent banner asks about. Bump the version when the optional categories or what they do
 * change: every browser is asked again, and the server refuses choices made under an older version. The client
 * keeps the same constant (client/src/features/consent/consentPolicy.ts; cookie-policy.test.ts checks they agree).
 */
export const COOKIE_POLICY_VERSION = '2026-12-01';

/**
 * The optional categories, off until the user turns them on. Strictly necessary storage (the session cookie, the
 * colour scheme and last workspace in localStorage, the consent choice itself) needs no consent and is not listed.
 */
export const OPTIONAL_COOKIE_CATEGORIES = ['errorReporting', 'productAnalytics'] as const;
export type OptionalCookieCategory = (typeof OPTIONAL_COOKIE_CATEGORIES)[number];

export function isOptionalCookieCategory(value: string): value is OptionalCookieCategory {
  return (OPTIONAL_COOKIE_CATEGORIES as readonly string[]).includes(value);
}
