import { Skeleton, Stack } from '@mantine/core';

/** Stands in for a page's content while its chunk loads: a heading and a block, where the page will draw its own. */
export function PageSkeleton({ label = 'Loading the page' }: { label?: string }) {
  return (
    <Stack gap="lg" role="status" aria-busy="true" aria-label={label}>
      <Skeleton height={32} width="30%" radius="sm" />
      <Skeleton height={220} radius="md" />
    </Stack>
  );
}
