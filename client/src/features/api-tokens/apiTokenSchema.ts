import { z } from 'zod';

// Mirrors the server's rules (a name of 1 to 100 characters, an expiry in the future); the server stays the authority.
export const apiTokenSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter a name' }).max(100, { error: 'Name must be at most 100 characters' }),
  workspaceId: z.string().nullable(),
  readOnly: z.boolean(),
  /** yyyy-mm-dd from the date input, or empty for "never". */
  expiresOn: z
    .string()
    .refine((value) => value === '' || new Date(`${value}T23:59:59`).getTime() > Date.now(), { error: 'Choose a date in the future' }),
});

export type ApiTokenValues = z.infer<typeof apiTokenSchema>;

/** The end of the chosen day, in the user's time zone, as the API wants it. */
export function expiryOf(expiresOn: string): string | null {
  return expiresOn === '' ? null : new Date(`${expiresOn}T23:59:59`).toISOString();
}
