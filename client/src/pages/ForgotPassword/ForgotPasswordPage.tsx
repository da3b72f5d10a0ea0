import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { AuthLayout } from '../../components/AuthLayout';
import type { ForgotPasswordValues } from '../../features/auth/authSchemas';
import { lazyForgotPasswordResolver } from '../../features/auth/lazyAuthResolvers';
import { useRequestPasswordReset } from '../../features/auth/useRequestPasswordReset';
import { applyServerErrors } from '../../features/forms/applyServerErrors';
import { usePreloadedResolver } from '../../features/forms/lazyResolver';

export function ForgotPasswordPage() {
  const requestReset = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordValues>({ resolver: usePreloadedResolver(lazyForgotPasswordResolver), defaultValues: { email: '' } });
  // The server's verdict, or (errors.root) the validation code that could not be fetched: see lazyResolver.
  const alertMessage = errors.root?.message ?? formError;

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await requestReset(email);
      setSentTo(email);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['email']));
    }
  });

  return (
    <AuthLayout
      title="Reset your password"
      subtitle={
        <>
          Remembered it?{' '}
          <Anchor component={Link} to="/login">
            Log in
          </Anchor>
        </>
      }
    >
      {sentTo ? (
        <Stack>
          <Alert color="teal" title="Check your email" role="status">
            If an account exists for {sentTo}, we sent it a link to choose a new password. The link works once, for 30 minutes.
          </Alert>
          <Text size="sm" c="dimmed">
            No email after a few minutes? Check your spam folder, or{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => setSentTo(null)}>
              try again
            </Anchor>
            .
          </Text>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label="Reset your password">
          <Stack>
            {alertMessage && (
              <Alert color="red" title="Could not send the link" role="alert">
                {alertMessage}
              </Alert>
            )}
            <Text size="sm">Enter the email address of your account and we will send you a link to choose a new password.</Text>
            <TextInput label="Email" type="email" autoComplete="email" required error={errors.email?.message} {...register('email')} />
            <Button type="submit" fullWidth loading={isSubmitting}>
              Send the link
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
