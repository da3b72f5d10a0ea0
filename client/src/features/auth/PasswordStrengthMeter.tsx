import { Group, Progress, Stack, Text } from '@mantine/core';
import { usePasswordStrength } from './usePasswordStrength';

const LEVELS = [
  { word: 'Very weak', color: 'red', hint: 'Too easy to guess: add a few unusual words.' },
  { word: 'Weak', color: 'orange', hint: 'Too easy to guess: add a few unusual words.' },
  { word: 'Fair', color: 'yellow', hint: 'Good enough. A longer passphrase is stronger.' },
  { word: 'Good', color: 'teal', hint: null },
  { word: 'Strong', color: 'green', hint: null },
] as const;

interface PasswordStrengthMeterProps {
  password: string;
  /** The user's email and name: a password built from them counts as weak (the server refuses it). */
  userInputs?: readonly string[];
}

/** How hard the password is to guess (zxcvbn), as a bar with words; nothing until something is typed. */
export function PasswordStrengthMeter({ password, userInputs = [] }: PasswordStrengthMeterProps) {
  const score = usePasswordStrength(password, userInputs);
  if (score === null) return null;
  const level = LEVELS[Math.min(Math.max(score, 0), 4)] ?? LEVELS[0];
  return (
    <Stack gap={4}>
      <Progress.Root size="sm" transitionDuration={150}>
        <Progress.Section value={(score + 1) * 20} color={level.color} aria-label={`Strength of the password: ${level.word}`} />
      </Progress.Root>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" aria-live="polite">
          Strength: <strong>{level.word}</strong>
        </Text>
        {level.hint && (
          <Text size="xs" c="dimmed" ta="right">
            {level.hint}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
