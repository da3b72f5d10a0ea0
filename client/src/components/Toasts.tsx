import { useNotifications } from '@mantine/notifications';
import { Suspense, useState } from 'react';
import { lazyNamed } from '../routing/lazyNamed';

// The toasts' container (transitions, portal) is a chunk of its own, fetched with the first toast: most page views
// show none. `notifications.show()` only writes to the package's small store, which the container reads once mounted.
const ToastContainer = lazyNamed(() => import('./ToastContainer'), 'ToastContainer');

export function Toasts() {
  const { notifications, queue } = useNotifications();
  // Once mounted it stays, so a toast closing plays its transition and the next one shows at once.
  const [mounted, setMounted] = useState(false);
  if (!mounted && notifications.length + queue.length > 0) setMounted(true);
  return mounted ? (
    <Suspense fallback={null}>
      <ToastContainer />
    </Suspense>
  ) : null;
}
