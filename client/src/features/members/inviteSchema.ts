import { z } from 'zod';
import { ASSIGNABLE_ROLES } from '../workspace/roleLabel';

export const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: 'Enter a valid email address' })),
  role: z.enum(ASSIGNABLE_ROLES),
});

export type InviteValues = z.infer<typeof inviteSchema>;
