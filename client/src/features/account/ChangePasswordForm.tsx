import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { AccessiblePasswordInput } from '../../components/AccessiblePasswordInput';
import { type ChangePasswordValues, changePasswordSchema } from '../auth/authSchemas';
import { PasswordStrengthMeter } from '../auth/PasswordStrengthMeter';
import { applyServerErrors } from '../forms/applyServerErrors';
import { useChangePassword } from './useChangePassword';

interface ChangePasswordFormProps {
  /** The user's email and name: the meter counts a password built from them as weak, as the server does. */
  userInputs: readonly string[];
}

export function ChangePasswordForm({ userInputs }: ChangePasswordFormProps) {
  const changePassword = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const newPassword = useWatch({ control, name: 'newPassword' });

  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    try {
      await changePassword(currentPassword, newPassword);
      reset();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['currentPassword', 'newPassword']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password">
      <Stack maw={420}>
        {formError && (
          <Alert color="red" title="Could not change the password" role="alert">
            {formError}
          </Alert>
        )}
        <AccessiblePasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          error={errors.currentPassword?.message}
          {...register('currentPassword')}
        />
        <AccessiblePasswordInput
          label="New password"
          description="At least 8 characters. A few unusual words make a strong password."
          autoComplete="new-password"
          required
          error={errors.newPassword?.message}
          {...register('newPassword')}
        />
        <PasswordStrengthMeter password={newPassword} userInputs={userInputs} />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
