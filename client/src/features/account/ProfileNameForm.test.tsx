import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { ProfileNameForm } from './ProfileNameForm';
import { UpdateProfileMutation } from './useUpdateProfile';

const renderForm = (mocks: MockedResponses = []) => renderWithProviders(<ProfileNameForm name="Ada Lovelace" />, { mocks });

async function rename(to: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox', { name: /^name/i });
  await user.clear(input);
  if (to) await user.type(input, to);
  await user.click(screen.getByRole('button', { name: 'Save name' }));
}

describe('ProfileNameForm', () => {
  it('saves the trimmed name and says so', async () => {
    renderForm([
      {
        request: { query: UpdateProfileMutation, variables: { input: { name: 'Ada King' } } },
        result: { data: { updateProfile: { __typename: 'User', id: 'u1', name: 'Ada King', avatarUrl: null } } },
      },
    ]);
    await rename('  Ada King ');
    expect(await screen.findByText('Name saved')).toBeInTheDocument();
  });

  it('refuses an empty name before asking the server', async () => {
    renderForm();
    await rename('');
    expect(await screen.findByText('Enter your name')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^name/i })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the server’s refusal on the field', async () => {
    renderForm([
      {
        request: { query: UpdateProfileMutation, variables: { input: { name: 'Ada' } } },
        result: graphQLErrorResult('Enter your name.', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'name', message: 'Enter your name.' }],
        }),
      },
    ]);
    await rename('Ada');
    expect(await screen.findByText('Enter your name.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^name/i })).toHaveAttribute('aria-invalid', 'true');
  });
});
