import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { AccessiblePasswordInput } from '../../components/AccessiblePasswordInput';
import { AuthLayout } from '../../components/AuthLayout';
import type { ResetPasswordValues } from '../../features/auth/authSchemas';
import { lazyResetPasswordResolver } from '../../features/auth/lazyAuthResolvers';
import { PasswordStrengthMeter } from '../../features/auth/PasswordStrengthMeter';
import { useResetPassword } from '../../features/auth/useResetPassword';
import { applyServerErrors } from '../../features/forms/applyServerErrors';
import { usePreloadedResolver } from '../../features/forms/lazyResolver';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const resetPassword = useResetPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordValues>({ resolver: usePreloadedResolver(lazyResetPasswordResolver), defaultValues: { newPassword: '' } });
  // The server's verdict, or (errors.root) the validation code that could not be fetched: see lazyResolver.
  const alertMessage = errors.root?.message ?? formError;
  const newPassword = useWatch({ control, name: 'newPassword' });

  const onSubmit = handleSubmit(async ({ newPassword }) => {
    setFormError(null);
    try {
      await resetPassword(token, newPassword);
    } catch (error) {
      // A bad token (expired, used, unknown) is not a field of this form: it lands in the alert.
      setFormError(applyServerErrors(error, setError, ['newPassword']));
    }
  });

  return (
    <AuthLayout
      title="Choose a new password"
      subtitle={
        <>
          Every device signed in to your account will be signed out.{' '}
          <Anchor component={Link} to="/login">
            Log in
          </Anchor>
        </>
      }
    >
      {token ? (
        <form onSubmit={onSubmit} noValidate aria-label="Choose a new password">
          <Stack>
            {alertMessage && (
              <Alert color="red" title="Could not change the password" role="alert">
                {alertMessage}
                {/* A new link helps with a refused token, not with a form that could not load (the link still works). */}
                {!errors.root && (
                  <>
                    {' '}
                    <Anchor component={Link} to="/forgot-password" size="sm">
                      Get a new link
                    </Anchor>
                  </>
                )}
              </Alert>
            )}
            <AccessiblePasswordInput
              label="New password"
              description="At least 8 characters. A few unusual words make a strong password."
              autoComplete="new-password"
              required
              error={errors.newPassword?.message}
              {...register('newPassword')}
            />
            <PasswordStrengthMeter password={newPassword} />
            <Button type="submit" fullWidth loading={isSubmitting}>
              Set the new password
            </Button>
          </Stack>
        </form>
      ) : (
        <Alert color="red" title="This link is incomplete" role="alert">
          Open the link from the email again, or{' '}
          <Anchor component={Link} to="/forgot-password">
            ask for a new one
          </Anchor>
          .
        </Alert>
      )}
    </AuthLayout>
  );
}
