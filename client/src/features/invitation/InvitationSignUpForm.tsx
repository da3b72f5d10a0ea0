import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { AccessiblePasswordInput } from '../../components/AccessiblePasswordInput';
import { signUpSchema } from '../auth/authSchemas';
import { applyServerErrors } from '../forms/applyServerErrors';
import { useSignUpWithInvitation } from './useSignUpWithInvitation';

// The email is the invited one and cannot change: the server only accepts the invitation for it.
const invitationSignUpSchema = z.pick(signUpSchema, { name: true, password: true, rememberMe: true });
type InvitationSignUpValues = { name: string; password: string; rememberMe: boolean };

interface InvitationSignUpFormProps {
  token: string;
  email: string;
  workspaceName: string;
}

export function InvitationSignUpForm({ token, email, workspaceName }: InvitationSignUpFormProps) {
  const signUp = useSignUpWithInvitation(token, workspaceName);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InvitationSignUpValues>({
    resolver: zodResolver(invitationSignUpSchema),
    defaultValues: { name: '', password: '', rememberMe: false },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await signUp({ ...values, email });
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name', 'password']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sign up to join">
      <Stack>
        {formError && (
          <Alert color="red" title="Could not create your account" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label="Email" value={email} readOnly description="The invitation is for this address." />
        <TextInput label="Name" autoComplete="name" required error={errors.name?.message} {...register('name')} />
        <AccessiblePasswordInput
          label="Password"
          description="At least 8 characters"
          autoComplete="new-password"
          required
          error={errors.password?.message}
          {...register('password')}
        />
        <Checkbox label="Remember me" {...register('rememberMe')} />
        <Button type="submit" fullWidth loading={isSubmitting}>
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}
