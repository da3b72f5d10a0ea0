// Mantine's floating and overlay components, one chunk: they share floating-ui, the focus trap and the scroll lock
// (≈ 40 kB gzip together), which no page needs to paint. See deferredFloating.tsx.
export { Drawer, Menu, Modal, Popover, Tooltip } from '@mantine/core';
