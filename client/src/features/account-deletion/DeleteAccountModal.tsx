import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf } from '../../apollo/serverErrors';
import { AccessiblePasswordInput } from '../../components/AccessiblePasswordInput';
import { generalMessageOf } from '../forms/applyServerErrors';
import { type BlockingWorkspace, blockingWorkspacesOf } from './blockingWorkspaces';
import { useDeleteAccount } from './useDeleteAccount';

interface DeleteAccountModalProps {
  opened: boolean;
  onClose: () => void;
}

/** The last step before deleting the account: the password, and, when the server refuses, the workspaces to hand on. */
export function DeleteAccountModal({ opened, onClose }: DeleteAccountModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Delete your account?" centered>
      {/* Mounted only while open: the typed password never survives a cancel. */}
      {opened && <DeleteAccountForm onCancel={onClose} />}
    </Modal>
  );
}

function DeleteAccountForm({ onCancel }: { onCancel: () => void }) {
  const deleteAccount = useDeleteAccount();
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [blocking, setBlocking] = useState<BlockingWorkspace[]>([]);
  const [deleting, setDeleting] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!password) {
      setPasswordError('Enter your password.');
      return;
    }
    setDeleting(true);
    setPasswordError(null);
    setFormError(null);
    setBlocking([]);
    try {
      await deleteAccount(password);
    } catch (error) {
      const wrong = fieldErrorsOf(error).find(({ field }) => field === 'password');
      const workspaces = blockingWorkspacesOf(error);
      if (wrong) setPasswordError(wrong.message);
      else if (workspaces.length > 0) setBlocking(workspaces);
      else setFormError(generalMessageOf(error));
      setDeleting(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Delete account">
      <Stack gap="md">
        <Text size="sm">
          This deletes your account for good: your conversations, saved questions, sessions, API tokens, data exports, and the workspaces
          where you are the only member. Documents you added to shared workspaces stay with those teams. It cannot be undone.
        </Text>
        {blocking.length > 0 && (
          <Alert color="red" title="First hand on the workspaces you own" role="alert">
            <Stack gap="xs">
              <Text size="sm">These workspaces have other members. Make one of them the owner, or delete the workspace:</Text>
              <List size="sm">
                {blocking.map((workspace) => (
                  <List.Item key={workspace.id}>
                    <Anchor component={Link} to={`/w/${workspace.slug}/settings/members`}>
                      {workspace.name}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}
        {formError && (
          <Alert color="red" title="Could not delete the account" role="alert">
            {formError}
          </Alert>
        )}
        <AccessiblePasswordInput
          label="Your password"
          autoComplete="current-password"
          data-autofocus
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordError}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={deleting}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={deleting}>
            Delete my account
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
