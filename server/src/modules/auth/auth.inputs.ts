import { IsEmail, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

export const PASSWORD_MIN_LENGTH = 8;
// argon2 accepts more, but a megabyte "password" is a denial-of-service attempt, not a password.
export const PASSWORD_MAX_LENGTH = 1000;

@InputType({ description: 'A new account; it comes with a first workspace owned by its user.' })
export class SignUpInput {
  @Field({ description: 'Email address used to log in; compared case-insensitively.' })
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254, { message: 'An email address has at most 254 characters.' })
  email!: string;

  @Field({ description: `Password, ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.` })
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
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` })
  password!: string;

  @Field({ defaultValue: false, description: 'Keep the session for 30 days instead of 12 idle hours.' })
  rememberMe!: boolean;
}

/** Emails are stored and compared in one form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
