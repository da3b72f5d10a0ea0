import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLErrorResult } from '../../test/mocks';
import { type MockedResponses, renderWithProviders } from '../../test/renderWithProviders';
import { ChangeEmailForm } from './ChangeEmailForm';
import { RequestEmailChangeMutation } from './useRequestEmailChange';

const renderForm = (mocks: MockedResponses = []) => renderWithProviders(<ChangeEmailForm currentEmail="ada@example.com" />, { mocks });
const request = (newEmail: string, password: string) => ({ query: RequestEmailChangeMutation, variables: { newEmail, password } });

async function submit(newEmail: string, password: string) {
  const user = userEvent.setup();
  if (newEmail) await user.type(screen.getByLabelText(/^new email address/i), newEmail);
  if (password) await user.type(screen.getByLabelText(/^password/i), password);
  await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
}

describe('ChangeEmailForm', () => {
  it('says where the link went and empties the form', async () => {
    renderForm([{ request: request('ada@lovelace.dev', 'analytical engine'), result: { data: { requestEmailChange: true } } }]);
    await submit('ada@lovelace.dev', 'analytical engine');
    expect(await screen.findByText('Check your new inbox')).toBeInTheDocument();
    expect(screen.getByText(/We sent a link to ada@lovelace\.dev/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^password/i)).toHaveValue('');
  });

  it('puts a wrong password on the password field', async () => {
    renderForm([
      {
        request: request('ada@lovelace.dev', 'guess'),
        result: graphQLErrorResult('The password is incorrect.', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'password', message: 'The password is incorrect.' }],
        }),
      },
    ]);
    await submit('ada@lovelace.dev', 'guess');
    expect(await screen.findByText('The password is incorrect.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^password/i)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Check your new inbox')).not.toBeInTheDocument();
  });

  it('puts an address in use on the email field', async () => {
    renderForm([
      {
        request: request('grace@example.com', 'analytical engine'),
        result: graphQLErrorResult('Another account already uses this email address.', {
          code: 'CONFLICT',
          fieldErrors: [{ field: 'newEmail', message: 'Another account already uses this email address.' }],
        }),
      },
    ]);
    await submit('grace@example.com', 'analytical engine');
    expect(await screen.findByText('Another account already uses this email address.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^new email address/i)).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the address and asks for the password before calling the server', async () => {
    renderForm();
    await submit('not-an-address', '');
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });

  it('explains a rate limit in a form-level alert', async () => {
    renderForm([
      {
        request: request('ada@lovelace.dev', 'analytical engine'),
        result: graphQLErrorResult('Too many attempts. Try again in 600 seconds.', { code: 'RATE_LIMITED', retryAfterSeconds: 600 }),
      },
    ]);
    await submit('ada@lovelace.dev', 'analytical engine');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 600 seconds.');
  });
});
