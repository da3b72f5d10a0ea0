import { z } from 'zod';

// Mirrors the server's rules (a name of 1 to 100 characters, an expiry in the future and at most a year ahead); the
// server stays the authority.
const MAX_DAYS_AHEAD = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

export const apiTokenSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter a name' }).max(100, { error: 'Name must be at most 100 characters' }),
  workspaceId: z.string().nullable(),
  readOnly: z.boolean(),
  /** yyyy-mm-dd from the date input, or empty for "never". */
  expiresOn: z
    .string()
    .refine((value) => value === '' || new Date(`${value}T23:59:59`).getTime() > Date.now(), { error: 'Choose a date in the future' })
    .refine((value) => value === '' || new Date(`${value}T00:00:00`).getTime() <= Date.now() + MAX_DAYS_AHEAD * DAY_MS, {
      error: 'Choose a date at most a year from today, or leave it empty for no expiry',
    }),
});

export type ApiTokenValues = z.infer<typeof apiTokenSchema>;

/** The end of the chosen day, in the user's time zone, as the API wants it. */
export function expiryOf(expiresOn: string): string | null {
  return expiresOn === '' ? null : new Date(`${expiresOn}T23:59:59`).toISOString();
}
