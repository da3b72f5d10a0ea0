import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/renderWithProviders';
import { AvatarEditor } from './AvatarEditor';
import { UpdateProfileMutation } from './useUpdateProfile';

const ada = { id: 'u1', name: 'Ada Lovelace', avatarUrl: null as string | null };

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('AvatarEditor', () => {
  it('shows initials without a picture, and uploads a PNG to POST /avatar with the CSRF header', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ avatarUrl: '/avatars/u1/abc.webp' }), { status: 200 }));
    renderWithProviders(<AvatarEditor user={ada} />);
    expect(screen.getByText('AL')).toBeInTheDocument();
    await userEvent.setup().upload(fileInput(), new File([new Uint8Array([0x89, 0x50])], 'me.png', { type: 'image/png' }));
    expect(await screen.findByText('Picture updated')).toBeInTheDocument();
    const [url, init = {}] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/avatar');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'apollo-require-preflight': 'true' });
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('refuses a GIF and a file over 2 MB without sending them', async () => {
    renderWithProviders(<AvatarEditor user={ada} />);
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(fileInput(), new File(['GIF89a'], 'me.gif', { type: 'image/gif' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a PNG, JPEG or WebP image.');
    await user.upload(fileInput(), new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose an image of at most 2 MB.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal of the file (a renamed non-image)', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          errors: [
            {
              message: 'Choose a PNG, JPEG or WebP image.',
              extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', message: 'Choose a PNG, JPEG or WebP image.' }] },
            },
          ],
        }),
        { status: 400 },
      ),
    );
    renderWithProviders(<AvatarEditor user={ada} />);
    await userEvent.setup().upload(fileInput(), new File(['MZ'], 'setup.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a PNG, JPEG or WebP image.');
    expect(screen.queryByText('Picture updated')).not.toBeInTheDocument();
  });

  it('removes the picture through updateProfile', async () => {
    renderWithProviders(<AvatarEditor user={{ ...ada, avatarUrl: '/avatars/u1/abc.webp' }} />, {
      mocks: [
        {
          request: { query: UpdateProfileMutation, variables: { input: { removeAvatar: true } } },
          result: { data: { updateProfile: { __typename: 'User', id: 'u1', name: 'Ada Lovelace', avatarUrl: null } } },
        },
      ],
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Picture removed')).toBeInTheDocument();
  });
});
