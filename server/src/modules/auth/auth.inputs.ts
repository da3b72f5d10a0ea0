import { IsEmail, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

/**
 * What log-in accepts: more than new passwords may have (password-policy.ts), since accounts made before the rules
 * may hold longer ones. argon2 accepts more still, but a megabyte "password" is a denial-of-service attempt.
 */
export const LOGIN_PASSWORD_MAX_LENGTH = 1000;

@InputType({ description: 'A new account; it comes with a first workspace owned by its user.' })
export class SignUpInput {
  @Field({ description: 'Email address used to log in; compared case-insensitively.' })
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254, { message: 'An email address has at most 254 characters.' })
  email!: string;

  @Field({
    description: `Password, ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; not a common one, nor the email or name.`,
  })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` })
  password!: string;

  @Field({ description: 'Display name shown to teammates.' })
  @Matches(/\S/, { message: 'Enter your name.' })
  @MaxLength(100, { message: 'A name has at most 100 characters.' })
  name!: string;

  @Field({ defaultValue: false, description: 'Keep the session for 30 days instead of 12 idle hours.' })
  rememberMe!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Token from an invitation link: the account joins that workspace (and gets no workspace of its own). The email must be the invited one.',
  })
  @IsOptional()
  @MaxLength(128, { message: 'This invitation link is not valid.' })
  invitationToken?: string | null;
}

@InputType({ description: 'Credentials for logging in.' })
export class LogInInput {
  @Field({ description: 'Email address of the account.' })
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254, { message: 'An email address has at most 254 characters.' })
  email!: string;

  @Field({ description: 'The account password.' })
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(LOGIN_PASSWORD_MAX_LENGTH, { message: `Use at most ${LOGIN_PASSWORD_MAX_LENGTH} characters.` })
  password!: string;

  @Field({ defaultValue: false, description: 'Keep the session for 30 days instead of 12 idle hours.' })
  rememberMe!: boolean;
}

/** Emails are stored and compared in one form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
