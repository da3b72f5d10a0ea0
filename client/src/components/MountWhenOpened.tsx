import { type ReactNode, Suspense, useState } from 'react';

/**
 * Renders a dialog from its first opening on, inside Suspense: a lazily loaded dialog (and its form library) is
 * fetched when the user opens it, not with the page. Once mounted it stays, so closing still plays its transition.
 */
export function MountWhenOpened({ opened, children }: { opened: boolean; children: ReactNode }) {
  const [mounted, setMounted] = useState(opened);
  if (opened && !mounted) setMounted(true);
  return mounted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
