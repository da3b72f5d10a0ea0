import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { AccessiblePasswordInput } from '../../components/AccessiblePasswordInput';
import { applyServerErrors } from '../forms/applyServerErrors';
import { type ChangeEmailValues, changeEmailSchema } from './profileSchemas';
import { useRequestEmailChange } from './useRequestEmailChange';

/** New address + password → a confirmation link to the new address; the address changes when it is followed. */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const requestEmailChange = useRequestEmailChange();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangeEmailValues>({ resolver: zodResolver(changeEmailSchema), defaultValues: { newEmail: '', password: '' } });

  const onSubmit = handleSubmit(async ({ newEmail, password }) => {
    setFormError(null);
    setSentTo(null);
    try {
      await requestEmailChange(newEmail, password);
      setSentTo(newEmail);
      reset();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['newEmail', 'password']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change email address">
      <Stack maw={420}>
        {sentTo && (
          <Alert color="teal" title="Check your new inbox">
            We sent a link to {sentTo}. Open it while signed in to finish the change; until then you keep using {currentEmail}. We also told{' '}
            {currentEmail} about the request.
          </Alert>
        )}
        {formError && (
          <Alert color="red" title="Could not start the change" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label="New email address"
          type="email"
          autoComplete="email"
          required
          error={errors.newEmail?.message}
          {...register('newEmail')}
        />
        <AccessiblePasswordInput
          label="Password"
          description="Your current password, to confirm it is you."
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...register('password')}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Send confirmation link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
