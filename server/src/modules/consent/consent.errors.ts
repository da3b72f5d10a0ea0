import { BadUserInputError } from '../../errors/app-error';
import { COOKIE_POLICY_VERSION, OPTIONAL_COOKIE_CATEGORIES } from './cookie-policy';

/** A category the cookie policy does not have (a typo, or a client newer or older than the server). */
export class UnknownConsentCategoryError extends BadUserInputError {
  constructor(category: string) {
    const message = `"${category.slice(0, 40)}" is not a cookie category. Known: ${OPTIONAL_COOKIE_CATEGORIES.join(', ')}.`;
    super([{ field: 'granted', message }], message);
  }
}

/** A choice made under another policy version than the current one: the browser must ask again. */
export class CookiePolicyVersionMismatchError extends BadUserInputError {
  constructor() {
    const message = `The cookie policy has changed (now version ${COOKIE_POLICY_VERSION}): choose again.`;
    super([{ field: 'policyVersion', message }], message);
  }
}
