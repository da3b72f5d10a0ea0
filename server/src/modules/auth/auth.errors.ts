import { BadUserInputError, ConflictError, UnauthenticatedError } from '../../errors/app-error';

export class EmailAlreadyRegisteredError extends ConflictError {
  constructor() {
    super('An account with this email already exists. Log in instead.', 'email');
  }
}

/** One message for an unknown email and a wrong password alike: it must not reveal which accounts exist. */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('The email or password is incorrect.');
  }
}

/** A new password the rules refuse (password-policy.ts); `field` is the form field that holds it. */
export class WeakPasswordError extends BadUserInputError {
  constructor(field: string, message: string) {
    super([{ field, message }], message);
  }
}

export class WrongCurrentPasswordError extends BadUserInputError {
  constructor() {
    const message = 'The current password is incorrect.';
    super([{ field: 'currentPassword', message }], message);
  }
}

/** A reset link that cannot be used: one message per reason, on the `token` field, so the page can offer a new link. */
export class PasswordResetTokenUnusableError extends BadUserInputError {
  constructor(reason: 'expired' | 'used' | 'unknown') {
    const messages = {
      expired: 'This password reset link has expired. Ask for a new one.',
      used: 'This password reset link has already been used. Ask for a new one.',
      unknown: 'This password reset link is not valid. Ask for a new one.',
    };
    super([{ field: 'token', message: messages[reason] }], messages[reason]);
  }
}

/** A password confirming a sensitive change (email change, account deletion) that is not the account's. */
export class WrongPasswordError extends BadUserInputError {
  constructor() {
    const message = 'The password is incorrect.';
    super([{ field: 'password', message }], message);
  }
}
