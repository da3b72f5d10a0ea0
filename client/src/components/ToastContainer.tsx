import { Notifications } from '@mantine/notifications';

/**
 * Where `notifications.show()` toasts appear. A module of its own so that App can load it lazily: the package's
 * index is imported statically everywhere for the store, and a dynamic import of the index would move nothing.
 */
export function ToastContainer() {
  return <Notifications position="top-right" />;
}
