import { Alert, Anchor, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation } from 'react-router';
import { AccessiblePasswordInput } from '../../components/AccessiblePasswordInput';
import { AuthLayout } from '../../components/AuthLayout';
import { ACCOUNT_DELETED_NOTICE } from '../../features/account-deletion/accountDeletedNotice';
import type { LogInValues } from '../../features/auth/authSchemas';
import { lazyLogInResolver } from '../../features/auth/lazyAuthResolvers';
import { useLogIn } from '../../features/auth/useLogIn';
import { applyServerErrors } from '../../features/forms/applyServerErrors';
import { usePreloadedResolver } from '../../features/forms/lazyResolver';

export function LogInPage() {
  const logIn = useLogIn();
  const { search, state } = useLocation();
  const accountDeleted = (state as { notice?: string } | null)?.notice === ACCOUNT_DELETED_NOTICE;
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LogInValues>({
    resolver: usePreloadedResolver(lazyLogInResolver),
    defaultValues: { email: '', password: '', rememberMe: false },
  });
  // The server's verdict, or (errors.root) the validation code that could not be fetched: see lazyResolver.
  const alertMessage = errors.root?.message ?? formError;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await logIn(values);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['email', 'password']));
    }
  });

  return (
    <AuthLayout
      title="Log in to Askbase"
      subtitle={
        <>
          New here? {/* Keep ?next= so signing up instead still ends where the user was headed. */}
          <Anchor component={Link} to={`/signup${search}`}>
            Create an account
          </Anchor>
          {' · '}
          <Anchor component={Link} to="/pricing">
            Plans and pricing
          </Anchor>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate aria-label="Log in">
        <Stack>
          {accountDeleted && (
            <Alert color="teal" title="Your account was deleted" role="status">
              Your account and your personal data are gone, and every device was signed out. We sent you an email to confirm.
            </Alert>
          )}
          {alertMessage && (
            <Alert color="red" title="Could not log in" role="alert">
              {alertMessage}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="email" required error={errors.email?.message} {...register('email')} />
          <AccessiblePasswordInput
            label="Password"
            autoComplete="current-password"
            required
            error={errors.password?.message}
            {...register('password')}
          />
          <Group justify="space-between">
            <Checkbox label="Remember me" {...register('rememberMe')} />
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot password?
            </Anchor>
          </Group>
          <Button type="submit" fullWidth loading={isSubmitting}>
            Log in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
