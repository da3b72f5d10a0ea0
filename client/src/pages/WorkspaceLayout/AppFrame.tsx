import type { ReactNode } from 'react';
import classes from './AppFrame.module.css';

interface AppFrameProps {
  header: ReactNode;
  navbar: ReactNode;
  /** On a phone the navigation shows only when opened (the header's burger); from Mantine's `sm` up it always shows. */
  navbarOpen: boolean;
  /** A click inside the navigation (a link followed): the phone's panel closes. */
  onNavbarClick: () => void;
  children: ReactNode;
}

/**
 * The signed-in frame: a header, the side navigation and the page. Plain CSS (AppFrame.module.css) rather than
 * Mantine's AppShell, which brought its resizable sidebars, collapse animations and per-breakpoint style builders
 * (≈ 7 kB gzip) to every signed-in page before its first paint, for a header and a sidebar. The page's height below
 * the header is `var(--app-frame-header-height)` away from the viewport's (see ChatSession).
 */
export function AppFrame({ header, navbar, navbarOpen, onNavbarClick, children }: AppFrameProps) {
  return (
    <div className={classes.frame}>
      <header className={classes.header}>{header}</header>
      <div className={classes.body}>
        {/* A click that follows a link closes the phone's panel; keys reach the links themselves. */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the links inside handle the keyboard; this only closes the panel after one is followed */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: same */}
        <div className={classes.navbar} data-open={navbarOpen || undefined} onClick={onNavbarClick}>
          {navbar}
        </div>
        <main className={classes.main}>{children}</main>
      </div>
    </div>
  );
}
