import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../forms/applyServerErrors';
import { useRenameConversation } from './useRenameConversation';

const renameSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200, 'Use at most 200 characters'),
});
type RenameValues = z.infer<typeof renameSchema>;

interface RenameConversationModalProps {
  conversation: { id: string; title: string };
  opened: boolean;
  onClose: () => void;
}

export function RenameConversationModal({ conversation, opened, onClose }: RenameConversationModalProps) {
  const rename = useRenameConversation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RenameValues>({ resolver: zodResolver(renameSchema), values: { title: conversation.title } });

  const onSubmit = handleSubmit(async ({ title }) => {
    setFormError(null);
    try {
      await rename(conversation.id, title);
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['title']));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Rename conversation" centered>
      <form onSubmit={onSubmit} noValidate aria-label="Rename conversation">
        <Stack gap="md">
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput label="Title" required data-autofocus error={errors.title?.message} {...register('title')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={isSubmitting}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Rename
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
