import { Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CATEGORY_INFO, type ConsentCategory, OPTIONAL_CATEGORIES } from './consentPolicy';

interface CookieSettingsModalProps {
  opened: boolean;
  /** The categories allowed so far: the switches start there. */
  initial: readonly ConsentCategory[];
  onSave(granted: ConsentCategory[]): void;
  onClose(): void;
}

/** "Customise": one switch per optional category, off unless the user allowed it before. */
export function CookieSettingsModal({ opened, initial, onSave, onClose }: CookieSettingsModalProps) {
  const [granted, setGranted] = useState<ConsentCategory[]>([...initial]);
  // Each opening starts from the stored choice, not from switches flipped and then dismissed last time.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on opening only, `initial` is read then.
  useEffect(() => {
    if (opened) setGranted([...initial]);
  }, [opened]);

  const toggle = (category: ConsentCategory, on: boolean) =>
    setGranted((current) => (on ? [...current.filter((c) => c !== category), category] : current.filter((c) => c !== category)));

  return (
    <Modal opened={opened} onClose={onClose} title="Cookie settings">
      <Stack gap="md">
        <Switch
          checked
          disabled
          label="Strictly necessary"
          description="Your session cookie, your colour scheme and last workspace, and this choice. Always on: the app does not work without them."
        />
        {OPTIONAL_CATEGORIES.map((category) => (
          <Switch
            key={category}
            checked={granted.includes(category)}
            onChange={(event) => toggle(category, event.currentTarget.checked)}
            label={CATEGORY_INFO[category].label}
            description={CATEGORY_INFO[category].description}
          />
        ))}
        <Text size="xs" c="dimmed">
          You can change this at any time from “Cookie settings” at the bottom of every page.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onSave([])}>
            Reject all
          </Button>
          <Button onClick={() => onSave(granted)}>Save choices</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
