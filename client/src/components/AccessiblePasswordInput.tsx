import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';

/**
 * Mantine's PasswordInput leaves aria-invalid off its inner input, so screen readers would not announce a
 * password field as invalid. This one sets it from `error`, in one place for every form.
 */
export function AccessiblePasswordInput({ error, ref, ...props }: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  return <PasswordInput {...props} ref={ref} error={error} aria-invalid={error ? true : undefined} />;
}
