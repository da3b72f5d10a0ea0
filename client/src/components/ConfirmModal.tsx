import { Button, Group, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Modal } from './floating';

interface ConfirmModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  /**
   * Runs the action; the modal shows it running and closes when it answers true. False keeps it open, so the
   * user can read what went wrong (the action shows it) and try again or cancel.
   */
  onConfirm: () => Promise<boolean>;
  /** Red confirm button, for what cannot be undone. */
  destructive?: boolean;
  confirmDisabled?: boolean;
}

/** The one "are you sure?" dialog: every destructive action goes through it. */
export function ConfirmModal({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  destructive,
  confirmDisabled,
}: ConfirmModalProps) {
  const [running, setRunning] = useState(false);

  const confirm = async () => {
    setRunning(true);
    try {
      if (await onConfirm()) onClose();
    } finally {
      setRunning(false);
    }
  };

  return (
    // Closing while the action runs would hide its outcome: Escape and the overlay wait for it.
    <Modal opened={opened} onClose={running ? () => {} : onClose} title={title} centered>
      <Stack gap="lg">
        {children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={running}>
            Cancel
          </Button>
          <Button color={destructive ? 'red' : undefined} onClick={() => void confirm()} loading={running} disabled={confirmDisabled}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
