import { z } from 'zod';

// Mirrors the server's rules so most mistakes show before a round trip; the server's field errors land on the same fields.
export const profileNameSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter your name' }).max(100, { error: 'Name must be at most 100 characters' }),
});
export type ProfileNameValues = z.infer<typeof profileNameSchema>;

export const changeEmailSchema = z.object({
  newEmail: z
    .string()
    .trim()
    .pipe(z.email({ error: 'Enter a valid email address' })),
  password: z.string().min(1, { error: 'Enter your password' }).max(1000, { error: 'Password must be at most 1000 characters' }),
});
export type ChangeEmailValues = z.infer<typeof changeEmailSchema>;

/** What `POST /avatar` accepts; the server checks the content itself, this only spares a doomed upload. */
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export function avatarFileProblem(file: File): string | null {
  if (!AVATAR_TYPES.includes(file.type)) return 'Choose a PNG, JPEG or WebP image.';
  if (file.size > AVATAR_MAX_BYTES) return 'Choose an image of at most 2 MB.';
  return null;
}
