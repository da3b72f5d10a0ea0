import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '../forms/applyServerErrors';
import { useCreateWorkspace } from './useCreateWorkspace';
import { type CreateWorkspaceValues, createWorkspaceSchema } from './workspaceSchemas';

interface CreateWorkspaceModalProps {
  opened: boolean;
  onClose: () => void;
}

export function CreateWorkspaceModal({ opened, onClose }: CreateWorkspaceModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Create a workspace" centered>
      {/* Mounted only while open, so each opening starts with an empty form. */}
      {opened && <CreateWorkspaceForm onDone={onClose} />}
    </Modal>
  );
}

function CreateWorkspaceForm({ onDone }: { onDone: () => void }) {
  const createWorkspace = useCreateWorkspace();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateWorkspaceValues>({
    resolver: zodResolver(createWorkspaceSchema),
    defaultValues: { name: '', slug: '' },
  });

  const onSubmit = handleSubmit(async ({ name, slug }) => {
    setFormError(null);
    try {
      await createWorkspace({ name, slug: slug || null });
      onDone();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name', 'slug']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a workspace">
      <Stack>
        {formError && (
          <Alert color="red" title="Could not create the workspace" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label="Name" placeholder="Marketing team" required data-autofocus error={errors.name?.message} {...register('name')} />
        <TextInput
          label="Address"
          description="Lower-case letters, digits and dashes. Leave empty to derive it from the name."
          placeholder="marketing-team"
          leftSection="/w/"
          leftSectionWidth={40}
          error={errors.slug?.message}
          {...register('slug')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Create workspace
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
