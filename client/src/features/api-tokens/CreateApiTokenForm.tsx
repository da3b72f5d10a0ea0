import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { applyServerErrors } from '../forms/applyServerErrors';
import { type ApiTokenValues, apiTokenSchema, expiryOf } from './apiTokenSchema';
import { useCreateApiToken } from './useCreateApiToken';

interface CreateApiTokenFormProps {
  workspaces: readonly { id: string; name: string }[];
  /** The new token's secret: the page shows it once. */
  onCreated: (secret: string, name: string) => void;
}

export function CreateApiTokenForm({ workspaces, onCreated }: CreateApiTokenFormProps) {
  const createApiToken = useCreateApiToken();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ApiTokenValues>({
    resolver: zodResolver(apiTokenSchema),
    defaultValues: { name: '', workspaceId: null, readOnly: false, expiresOn: '' },
  });

  const onSubmit = handleSubmit(async ({ name, workspaceId, readOnly, expiresOn }) => {
    setFormError(null);
    try {
      const secret = await createApiToken({ name, workspaceId, readOnly, expiresAt: expiryOf(expiresOn) });
      if (secret) onCreated(secret, name.trim());
      reset();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name', 'workspaceId', 'readOnly', 'expiresOn']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create an API token">
      <Stack gap="sm">
        {formError && (
          <Alert color="red" title="Could not create the token" role="alert">
            {formError}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label="Name"
            placeholder="Nightly export"
            required
            style={{ flex: '1 1 220px' }}
            error={errors.name?.message}
            {...register('name')}
          />
          <Controller
            control={control}
            name="workspaceId"
            render={({ field }) => (
              <Select
                label="Workspace"
                placeholder="All my workspaces"
                clearable
                data={workspaces.map((workspace) => ({ value: workspace.id, label: workspace.name }))}
                w={220}
                error={errors.workspaceId?.message}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          <TextInput label="Expires on" type="date" w={170} error={errors.expiresOn?.message} {...register('expiresOn')} />
        </Group>
        <Controller
          control={control}
          name="readOnly"
          render={({ field }) => (
            <Switch
              label="Read-only"
              description="Queries and subscriptions only: every mutation is refused."
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          )}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
