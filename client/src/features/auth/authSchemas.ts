// zod/mini, not zod: the same checks as functions the bundler can drop when unused. The log-in page is the most
// visited public page, and classic zod's chainable schemas cost it about 20 kB (gzip) of JavaScript.
import { z } from 'zod/mini';

// Client-side checks mirror the server's rules so most mistakes show before a round trip;
// the server stays the authority and its field errors land on the same fields.
const email = z.pipe(z.string().check(z.trim()), z.email({ error: 'Enter a valid email address' }));
const password = z
  .string()
  .check(
    z.minLength(8, { error: 'Password must be at least 8 characters' }),
    z.maxLength(1000, { error: 'Password must be at most 1000 characters' }),
  );
// A new password: the server also refuses common ones and the email or name (and says so on the field).
export const PASSWORD_MAX_LENGTH = 128;
const newPassword = z
  .string()
  .check(
    z.minLength(8, { error: 'Password must be at least 8 characters' }),
    z.maxLength(PASSWORD_MAX_LENGTH, { error: `Password must be at most ${PASSWORD_MAX_LENGTH} characters` }),
  );

export const logInSchema = z.object({
  email,
  password,
  rememberMe: z.boolean(),
});

export const signUpSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, { error: 'Enter your name' }), z.maxLength(100, { error: 'Name must be at most 100 characters' })),
  email,
  password: newPassword,
  rememberMe: z.boolean(),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z.object({ newPassword });

export const changePasswordSchema = z.object({
  currentPassword: z.string().check(z.minLength(1, { error: 'Enter your current password' })),
  newPassword,
});

export type LogInValues = z.infer<typeof logInSchema>;
export type SignUpValues = z.infer<typeof signUpSchema>;
export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;
export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;
