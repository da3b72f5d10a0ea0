import { z } from 'zod';

// Client-side checks mirror the server's rules so most mistakes show before a round trip;
// the server stays the authority and its field errors land on the same fields.
const email = z
  .string()
  .trim()
  .pipe(z.email({ error: 'Enter a valid email address' }));
const password = z
  .string()
  .min(8, { error: 'Password must be at least 8 characters' })
  .max(1000, { error: 'Password must be at most 1000 characters' });

export const logInSchema = z.object({
  email,
  password,
  rememberMe: z.boolean(),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter your name' }).max(100, { error: 'Name must be at most 100 characters' }),
  email,
  password,
  rememberMe: z.boolean(),
});

export type LogInValues = z.infer<typeof logInSchema>;
export type SignUpValues = z.infer<typeof signUpSchema>;
