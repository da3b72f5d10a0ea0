import { appFloatingLoader } from './deferredFloating';

// The app's Tooltip, Menu, Popover, Modal and Drawer: Mantine's, fetched after the first paint (deferredFloating.tsx).
// Import them from here, not from @mantine/core, or their code comes back into the first load of every page using one.
export { Drawer, Menu, Modal, Popover, Tooltip } from './deferredFloating';
export const preloadFloating = appFloatingLoader.preload;
