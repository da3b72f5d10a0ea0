// The public auth forms' validation, a chunk of its own (see lazyResolver): zod/mini and the schemas.
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import {
  type ForgotPasswordValues,
  forgotPasswordSchema,
  type LogInValues,
  logInSchema,
  type ResetPasswordValues,
  resetPasswordSchema,
  type SignUpValues,
  signUpSchema,
} from './authSchemas';

export const logInResolver: Resolver<LogInValues> = zodResolver(logInSchema);
export const signUpResolver: Resolver<SignUpValues> = zodResolver(signUpSchema);
export const forgotPasswordResolver: Resolver<ForgotPasswordValues> = zodResolver(forgotPasswordSchema);
export const resetPasswordResolver: Resolver<ResetPasswordValues> = zodResolver(resetPasswordSchema);
