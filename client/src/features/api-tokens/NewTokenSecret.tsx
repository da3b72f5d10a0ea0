import { ActionIcon, Alert, CopyButton, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';

/** The secret of the token just created, shown this once, with a copy button. */
export function NewTokenSecret({ name, secret, onDismiss }: { name: string; secret: string; onDismiss: () => void }) {
  return (
    <Alert color="yellow" title={`Copy the secret of “${name}” now`} withCloseButton onClose={onDismiss} closeButtonLabel="Dismiss">
      <Stack gap="xs">
        <Text size="sm">It will not be shown again. Store it like a password; if it leaks, revoke the token.</Text>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            aria-label="New token secret"
            value={secret}
            readOnly
            ff="monospace"
            style={{ flex: 1 }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
                <ActionIcon variant="light" size="lg" onClick={copy} aria-label={copied ? 'Copied' : 'Copy the secret'}>
                  {copied ? '✓' : '⧉'}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
