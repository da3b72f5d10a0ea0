import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The part of a full-height column that scrolls (the chat's thread and history), with the browser's own scrollbar.
 * Not Mantine's ScrollArea: it imports floating-ui (for one ref helper), which would bring ≈ 15 kB gzip of popover
 * positioning code into the chat's first load. `minHeight: 0` lets it shrink inside the flex column; the stable
 * gutter keeps the content from moving when the scrollbar appears.
 */
export function ScrollRegion({ children }: { children: ReactNode }) {
  return <Box style={{ flex: 1, minHeight: 0, overflowY: 'auto', scrollbarGutter: 'stable' }}>{children}</Box>;
}
