import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccessiblePasswordInput } from './AccessiblePasswordInput';

const renderField = (error?: string) =>
  render(
    <MantineProvider>
      <AccessiblePasswordInput label="Password" error={error} />
    </MantineProvider>,
  );

describe('AccessiblePasswordInput', () => {
  it('marks the input invalid for screen readers when there is an error', () => {
    renderField('Use at least 8 characters.');
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('leaves aria-invalid off a valid field', () => {
    renderField();
    expect(screen.getByLabelText('Password', { selector: 'input' })).not.toHaveAttribute('aria-invalid');
  });
});
