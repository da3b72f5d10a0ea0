import { createContext, useContext } from 'react';

interface CookieSettingsContextValue {
  /** Opens the cookie choice dialog, to change an earlier choice (the footer's "Cookie settings"). */
  openCookieSettings(): void;
}

/** Provided by the consent feature (ConsentProvider); a no-op outside it, as in isolated component tests. */
export const CookieSettingsContext = createContext<CookieSettingsContextValue>({ openCookieSettings: () => {} });

export function useCookieSettings(): CookieSettingsContextValue {
  return useContext(CookieSettingsContext);
}
