import { ConflictError, UnauthenticatedError } from '../../errors/app-error';

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
