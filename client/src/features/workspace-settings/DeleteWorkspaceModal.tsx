import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { fieldErrorsOf } from '../../apollo/serverErrors';
import { generalMessageOf } from '../forms/applyServerErrors';
import { useDeleteWorkspace } from './useDeleteWorkspace';

interface DeleteWorkspaceModalProps {
  workspace: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
}

/** Deleting cannot be undone, so the owner types the workspace's exact name first (the server checks it too). */
export function DeleteWorkspaceModal({ workspace, opened, onClose }: DeleteWorkspaceModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Delete this workspace?" centered>
      {/* Mounted only while open: the typed name never survives a cancel. */}
      {opened && <DeleteWorkspaceForm workspace={workspace} onCancel={onClose} />}
    </Modal>
  );
}

function DeleteWorkspaceForm({ workspace, onCancel }: { workspace: { id: string; name: string }; onCancel: () => void }) {
  const deleteWorkspace = useDeleteWorkspace(workspace);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const matches = typed === workspace.name;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    setDeleting(true);
    setFieldError(null);
    setFormError(null);
    try {
      await deleteWorkspace(typed);
    } catch (error) {
      const mismatch = fieldErrorsOf(error).find(({ field }) => field === 'confirmName');
      if (mismatch) setFieldError(mismatch.message);
      else setFormError(generalMessageOf(error));
      setDeleting(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Delete workspace">
      <Stack gap="md">
        <Text size="sm">
          This deletes <strong>{workspace.name}</strong> with all its documents, conversations, members and invitations. It cannot be
          undone.
        </Text>
        {formError && (
          <Alert color="red" title="Could not delete the workspace" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={`Type “${workspace.name}” to confirm`}
          autoComplete="off"
          data-autofocus
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={fieldError}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={deleting}>
            Cancel
          </Button>
          <Button type="submit" color="red" disabled={!matches} loading={deleting}>
            Delete workspace
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
