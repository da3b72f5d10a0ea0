import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '../forms/applyServerErrors';
import { type ProfileNameValues, profileNameSchema } from './profileSchemas';
import { useUpdateProfile } from './useUpdateProfile';

export function ProfileNameForm({ name }: { name: string }) {
  const updateProfile = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ProfileNameValues>({ resolver: zodResolver(profileNameSchema), values: { name } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await updateProfile({ name: values.name }, 'Name saved');
      reset(values);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Name">
      <Stack maw={420}>
        {formError && (
          <Alert color="red" title="Could not save the name" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label="Name"
          description="Shown to your teammates."
          autoComplete="name"
          required
          error={errors.name?.message}
          {...register('name')}
        />
        <Group>
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            Save name
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
