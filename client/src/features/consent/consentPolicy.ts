/**
 * The cookie policy the banner asks about. Bump the version when the optional categories or what they do change:
 * every browser is asked again. The server keeps the same constant (server/src/modules/consent/cookie-policy.ts)
 * and refuses choices made under another version.
 */
export const COOKIE_POLICY_VERSION = '2026-12-01';

/** The optional categories: off, and their code not loaded, until the user allows them. */
export const OPTIONAL_CATEGORIES = ['errorReporting', 'productAnalytics'] as const;
export type ConsentCategory = (typeof OPTIONAL_CATEGORIES)[number];

export const CATEGORY_INFO: Record<ConsentCategory, { label: string; description: string }> = {
  errorReporting: {
    label: 'Error reporting',
    description: 'When the app breaks in your browser, send the error and what led to it so we can fix it.',
  },
  productAnalytics: {
    label: 'Product analytics',
    description: 'Count which pages and features are used, so we know what to improve. Never the content of your documents.',
  },
};
