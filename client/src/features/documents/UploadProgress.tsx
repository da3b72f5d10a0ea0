import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { UploadProgressState } from './useUploadFile';

/** A running upload: the file, how far it got, and a way to stop it. */
export function UploadProgress({ progress, onCancel }: { progress: UploadProgressState; onCancel: () => void }) {
  const { filename, percent } = progress;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm" truncate>
          Uploading {filename}… {percent}%
        </Text>
        <Button variant="subtle" color="gray" size="compact-sm" onClick={onCancel}>
          Cancel upload
        </Button>
      </Group>
      <Progress value={percent} aria-label={`Uploading ${filename}`} animated={percent < 100} />
    </Stack>
  );
}
