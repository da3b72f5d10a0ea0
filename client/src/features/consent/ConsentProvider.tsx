import { type ReactNode, useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { CookieSettingsContext } from '../../components/cookieSettingsContext';
import { MountWhenOpened } from '../../components/MountWhenOpened';
import { lazyNamed } from '../../routing/lazyNamed';
import { CookieBanner } from './CookieBanner';
import { type ConsentChoice, onConsentChange, readConsent, saveConsent } from './consent';
import type { ConsentCategory } from './consentPolicy';
import { useRecordCookieConsent } from './useRecordCookieConsent';

// A modal (and Mantine's modal machinery) on every page for a dialog most visitors never open: fetched on first use.
const CookieSettingsModal = lazyNamed(() => import('./CookieSettingsModal'), 'CookieSettingsModal');

/** The stored choice, re-read whenever it changes (here or in another tab). */
function useConsentChoice(): ConsentChoice | null {
  // Cached by its serialised form: useSyncExternalStore needs the same object while nothing changed.
  const snapshot = useSyncExternalStore(
    (notify) => onConsentChange(notify),
    () => JSON.stringify(readConsent()),
  );
  return useMemo(() => JSON.parse(snapshot) as ConsentChoice | null, [snapshot]);
}

/**
 * Asks for the cookie choice on the first visit (and again when the policy version changes), and lets the footer
 * reopen the choice. Every choice is kept in the browser and, for a signed-in user, recorded on the server.
 */
export function ConsentProvider({ children }: { children: ReactNode }) {
  const choice = useConsentChoice();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const record = useRecordCookieConsent();

  const choose = useCallback(
    (granted: readonly ConsentCategory[]) => {
      setSettingsOpen(false);
      void record(saveConsent(granted));
    },
    [record],
  );
  const context = useMemo(() => ({ openCookieSettings: openSettings }), [openSettings]);

  return (
    <CookieSettingsContext.Provider value={context}>
      {children}
      {!choice && !settingsOpen && (
        <CookieBanner
          onAcceptAll={() => choose(['errorReporting', 'productAnalytics'])}
          onRejectAll={() => choose([])}
          onCustomise={openSettings}
        />
      )}
      <MountWhenOpened opened={settingsOpen}>
        <CookieSettingsModal opened={settingsOpen} initial={choice?.granted ?? []} onSave={choose} onClose={() => setSettingsOpen(false)} />
      </MountWhenOpened>
    </CookieSettingsContext.Provider>
  );
}
