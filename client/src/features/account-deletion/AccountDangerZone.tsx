import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { DeleteAccountModal } from './DeleteAccountModal';

/** Deleting the account, behind a confirmation that asks for the password. */
export function AccountDangerZone() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Paper withBorder radius="md" p="lg" style={{ borderColor: 'var(--mantine-color-red-outline)' }}>
      <Stack gap="md">
        <Title order={2} size="h4" c="red">
          Danger zone
        </Title>
        <Group justify="space-between" align="center" wrap="wrap" gap="md">
          <div style={{ flex: '1 1 320px' }}>
            <Text fw={600} size="sm">
              Delete account
            </Text>
            <Text c="dimmed" size="sm">
              Deletes your account and your personal data. If you own a workspace with other members, hand it on first.
            </Text>
          </div>
          <Button color="red" onClick={open}>
            Delete account
          </Button>
        </Group>
      </Stack>
      <DeleteAccountModal opened={opened} onClose={close} />
    </Paper>
  );
}
