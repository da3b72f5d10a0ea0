import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { findErrorWithCode, type PlanLimit, planLimitOf } from '../../apollo/serverErrors';
import { UpgradeButton } from '../billing/UpgradeButton';
import { applyServerErrors } from '../forms/applyServerErrors';
import { ASSIGNABLE_ROLES, roleLabel } from '../workspace/roleLabel';
import { type InviteValues, inviteSchema } from './inviteSchema';
import { useInviteMember } from './useInviteMember';

const ROLE_OPTIONS = ASSIGNABLE_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));
const PLAN_NAMES: Record<string, string> = { FREE: 'Free', PRO: 'Pro' };

export function InviteMemberForm({ workspaceId }: { workspaceId: string }) {
  const inviteMember = useInviteMember(workspaceId);
  const [formError, setFormError] = useState<string | null>(null);
  const [planLimit, setPlanLimit] = useState<PlanLimit | null>(null);
  const [notVerified, setNotVerified] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: '', role: 'MEMBER' },
  });

  const onSubmit = handleSubmit(async ({ email, role }) => {
    setFormError(null);
    setPlanLimit(null);
    setNotVerified(null);
    try {
      await inviteMember(email, role);
      // Keep the role: people are often invited several at a time with the same one.
      reset({ email: '', role });
    } catch (error) {
      const limit = planLimitOf(error);
      const unverified = findErrorWithCode(error, 'EMAIL_NOT_VERIFIED');
      if (limit) setPlanLimit(limit);
      else if (unverified) setNotVerified(unverified.message);
      else setFormError(applyServerErrors(error, setError, ['email', 'role']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite a member">
      <Stack gap="sm">
        {planLimit && (
          <Alert color="orange" title="Member limit reached" role="alert">
            Your {PLAN_NAMES[planLimit.plan] ?? planLimit.plan} plan allows {planLimit.max} {planLimit.limit}, pending invitations included.
            Remove a member or revoke an invitation to make room, or upgrade your plan.
            <UpgradeButton />
          </Alert>
        )}
        {notVerified && (
          <Alert color="yellow" title="Verify your email address first" role="alert">
            {notVerified} The banner at the top of the page sends a new link.
          </Alert>
        )}
        {formError && (
          <Alert color="red" title="Could not send the invitation" role="alert">
            {formError}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label="Email"
            type="email"
            placeholder="name@company.com"
            autoComplete="off"
            required
            style={{ flex: '1 1 240px' }}
            error={errors.email?.message}
            {...register('email')}
          />
          <Controller
            control={control}
            name="role"
            render={({ field }) => (
              <Select
                label="Role"
                data={ROLE_OPTIONS}
                allowDeselect={false}
                w={150}
                error={errors.role?.message}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'MEMBER')}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          {/* Aligned with the inputs, below their labels. */}
          <Button type="submit" loading={isSubmitting} mt={25}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
