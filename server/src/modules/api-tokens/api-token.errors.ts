import { BadUserInputError, ForbiddenError } from '../../errors/app-error';

/** A read-only API token sent a mutation: refused before any rule or resolver runs. */
export class ReadOnlyTokenError extends ForbiddenError {
  constructor() {
    super('This API token is read-only.');
  }
}

/** Account management (sessions, API tokens, the password) needs the signed-in browser, never an API token. */
export class BrowserSessionRequiredError extends ForbiddenError {
  constructor() {
    super('API tokens cannot manage the account: sign in to Askbase in a browser to do this.');
  }
}

/** An expiry beyond MAX_API_TOKEN_LIFETIME_DAYS: a long-lived integration makes a new token before the old one ends. */
export class ApiTokenExpiryTooFarError extends BadUserInputError {
  constructor(maxDays: number) {
    const message = `Choose an expiry at most ${maxDays} days from now, or none (the token then works until revoked).`;
    super([{ field: 'expiresAt', message }], message);
  }
}
