import { Avatar, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { fieldErrorsOf } from '../../apollo/serverErrors';
import { generalMessageOf } from '../forms/applyServerErrors';
import { AVATAR_TYPES, avatarFileProblem } from './profileSchemas';
import { useUpdateProfile } from './useUpdateProfile';
import { useUploadAvatar } from './useUploadAvatar';

interface AvatarEditorProps {
  user: { id: string; name: string; avatarUrl?: string | null };
}

/** The picture: upload a new one (applied at once) or remove it; refusals show under the picture. */
export function AvatarEditor({ user }: AvatarEditorProps) {
  const uploadAvatar = useUploadAvatar(user.id);
  const updateProfile = useUpdateProfile();
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (what: 'upload' | 'remove', action: () => Promise<void>) => {
    setError(null);
    setBusy(what);
    try {
      await action();
    } catch (failure) {
      setError(fieldErrorsOf(failure).find(({ field }) => field === 'file')?.message ?? generalMessageOf(failure));
    } finally {
      setBusy(null);
    }
  };

  const onFile = (file: File | null) => {
    if (!file) return;
    const problem = avatarFileProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    void run('upload', () => uploadAvatar(file));
  };

  return (
    <Stack gap="sm">
      <Group gap="lg">
        <Avatar src={user.avatarUrl ?? null} name={user.name} color="initials" radius="xl" size={96} alt={`Picture of ${user.name}`} />
        <Stack gap="xs">
          <Group gap="sm">
            <FileButton onChange={onFile} accept={AVATAR_TYPES.join(',')}>
              {(props) => (
                <Button {...props} loading={busy === 'upload'} disabled={busy !== null}>
                  Upload a picture
                </Button>
              )}
            </FileButton>
            {user.avatarUrl && (
              <Button
                variant="default"
                loading={busy === 'remove'}
                disabled={busy !== null}
                onClick={() => void run('remove', () => updateProfile({ removeAvatar: true }, 'Picture removed'))}
              >
                Remove
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            PNG, JPEG or WebP, up to 2 MB. It is cropped to a square; location and camera data are removed.
          </Text>
        </Stack>
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
