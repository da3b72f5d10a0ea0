import { Alert, Anchor, Button, Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useLocation } from 'react-router';
import { AccessiblePasswordInput } from '../../components/AccessiblePasswordInput';
import { AuthLayout } from '../../components/AuthLayout';
import type { SignUpValues } from '../../features/auth/authSchemas';
import { lazySignUpResolver } from '../../features/auth/lazyAuthResolvers';
import { PasswordStrengthMeter } from '../../features/auth/PasswordStrengthMeter';
import { useSignUp } from '../../features/auth/useSignUp';
import { applyServerErrors } from '../../features/forms/applyServerErrors';
import { usePreloadedResolver } from '../../features/forms/lazyResolver';

export function SignUpPage() {
  const signUp = useSignUp();
  const { search } = useLocation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SignUpValues>({
    resolver: usePreloadedResolver(lazySignUpResolver),
    defaultValues: { name: '', email: '', password: '', rememberMe: false },
  });
  // The server's verdict, or (errors.root) the validation code that could not be fetched: see lazyResolver.
  const alertMessage = errors.root?.message ?? formError;
  const [password, email, name] = useWatch({ control, name: ['password', 'email', 'name'] });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await signUp(values);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name', 'email', 'password']));
    }
  });

  return (
    <AuthLayout
      title="Create your Askbase account"
      subtitle={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to={`/login${search}`}>
            Log in
          </Anchor>
          {' · '}
          <Anchor component={Link} to="/pricing">
            Plans and pricing
          </Anchor>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate aria-label="Sign up">
        <Stack>
          {alertMessage && (
            <Alert color="red" title="Could not create your account" role="alert">
              {alertMessage}
            </Alert>
          )}
          <TextInput label="Name" autoComplete="name" required error={errors.name?.message} {...register('name')} />
          <TextInput label="Email" type="email" autoComplete="email" required error={errors.email?.message} {...register('email')} />
          <AccessiblePasswordInput
            label="Password"
            description="At least 8 characters. A few unusual words make a strong password."
            autoComplete="new-password"
            required
            error={errors.password?.message}
            {...register('password')}
          />
          <PasswordStrengthMeter password={password} userInputs={[email, email.split('@')[0] ?? '', name]} />
          <Checkbox label="Remember me" {...register('rememberMe')} />
          <Button type="submit" fullWidth loading={isSubmitting}>
            Create account
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            By creating an account you agree to the{' '}
            <Anchor component={Link} to="/terms" size="xs" target="_blank">
              Terms of service
            </Anchor>{' '}
            and acknowledge the{' '}
            <Anchor component={Link} to="/privacy" size="xs" target="_blank">
              Privacy policy
            </Anchor>
            .
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
