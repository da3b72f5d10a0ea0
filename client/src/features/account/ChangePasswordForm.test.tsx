import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ChangePasswordMutation } from './useChangePassword';

const userInputs = ['ada@example.com', 'ada', 'Ada Lovelace'];

function renderForm(mocks: MockedResponses = []) {
  return renderWithProviders(<ChangePasswordForm userInputs={userInputs} />, { mocks });
}

async function submit(currentPassword: string, newPassword: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^current password/i), currentPassword);
  await user.type(screen.getByLabelText(/^new password/i), newPassword);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('shows a wrong current password on its field', async () => {
    renderForm([
      {
        request: { query: ChangePasswordMutation, variables: { currentPassword: 'guess', newPassword: 'violet tractor melody' } },
        result: graphQLErrorResult('The current password is incorrect.', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'currentPassword', message: 'The current password is incorrect.' }],
        }),
      },
    ]);
    await submit('guess', 'violet tractor melody');
    expect(await screen.findByText('The current password is incorrect.')).toBeInTheDocument();
    const current = screen.getByLabelText(/^current password/i);
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveFocus();
  });

  it('rates a password made of the user’s own name as very weak', async () => {
    renderForm();
    await userEvent.setup().type(screen.getByLabelText(/^new password/i), 'adalovelace');
    expect(await screen.findByText('Very weak')).toBeInTheDocument();
  });

  it('changes the password, says so and empties the form', async () => {
    renderForm([
      {
        request: {
          query: ChangePasswordMutation,
          variables: { currentPassword: 'analytical engine', newPassword: 'violet tractor melody' },
        },
        result: { data: { changePassword: true } },
      },
    ]);
    await submit('analytical engine', 'violet tractor melody');
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
    // The form empties once the mutation's promise resolves, a tick after the hook shows its message.
    await waitFor(() => expect(screen.getByLabelText(/^current password/i)).toHaveValue(''));
    expect(screen.getByLabelText(/^new password/i)).toHaveValue('');
  });

  it('requires the current password before asking the server', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^new password/i), 'violet tractor melody');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Enter your current password')).toBeInTheDocument();
  });
});
