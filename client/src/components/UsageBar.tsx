import { Group, Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';

interface UsageBarProps {
  label: string;
  used: number;
  limit: number;
  /** What is counted, for the bar's spoken value: "documents". */
  unit: string;
}

/** How much of a plan limit is used; orange near the limit, red at it. */
export function UsageBar({ label, used, limit, unit }: UsageBarProps) {
  const labelId = useId();
  const percent = limit > 0 ? Math.min(100, (used / limit) * 100) : 100;
  const color = used >= limit ? 'red' : percent >= 80 ? 'orange' : 'indigo';

  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500} id={labelId}>
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          <Text span fw={600} c="var(--mantine-color-text)">
            {used} / {limit}
          </Text>{' '}
          used
        </Text>
      </Group>
      <Progress.Root size="md">
        <Progress.Section value={percent} color={color} aria-labelledby={labelId} aria-valuetext={`${used} of ${limit} ${unit} used`} />
      </Progress.Root>
    </Stack>
  );
}
