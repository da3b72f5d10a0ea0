import { type Match, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * The one set of password rules (OWASP ASVS 5.0, V6.2): at least 8 characters, at most 128, not among the ~49,000
 * most common passwords (@zxcvbn-ts/language-common), not the user's email, its local part or their name, and not
 * trivially guessable (zxcvbn score under 2: repeats, sequences, keyboard walks). No composition rules.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's 0–4 scale: 2 means about 10^8 guesses, out of reach of online guessing behind the log-in throttle. */
export const PASSWORD_MIN_SCORE = 2;

export interface PasswordOwner {
  email: string;
  name?: string | null;
}

let factory: ZxcvbnFactory | undefined;
/** Built on first use: ranking the dictionaries takes a few tens of milliseconds. */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: PASSWORD_MAX_LENGTH });
  return factory;
}

const compact = (value: string) => value.toLowerCase().replace(/[\s._+-]+/g, '');

/** What the user is known by: refused as a password, and counted as easy to guess inside one. */
export function userInputsOf(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const localPart = email.split('@')[0] ?? '';
  const name = owner.name?.trim().toLowerCase() ?? '';
  const inputs = [email, localPart, compact(localPart), name, compact(name), ...name.split(/\s+/), ...localPart.split(/[._+-]+/)];
  return [...new Set(inputs)].filter((input) => input.length >= 3);
}

/** Why `password` is refused for `owner`, in words for the form field; null when it is acceptable. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const inputs = userInputsOf(owner);
  if (inputs.some((input) => compact(input) === compact(password))) return 'Do not use your email address or name as your password.';
  const result = zxcvbn().check(password, inputs);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  return weaknessMessage(result.sequence, password);
}

function weaknessMessage(sequence: Match[], password: string): string {
  const whole = sequence.length === 1 ? sequence[0] : undefined;
  if (whole?.pattern === 'dictionary' && whole.dictionaryName === 'passwords-common') {
    return 'This is one of the most common passwords. Choose another.';
  }
  if (sequence.some((match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs')) {
    return 'Do not build your password from your email address or name.';
  }
  if (
    sequence.some(
      (match) => match.pattern === 'dictionary' && match.dictionaryName === 'passwords-common' && match.token.length >= password.length / 2,
    )
  ) {
    return 'This is too close to a common password. Add a few unusual words.';
  }
  if (whole?.pattern === 'repeat') return 'Repeated characters like "aaaa" are easy to guess. Add a few unusual words.';
  if (whole?.pattern === 'sequence' || whole?.pattern === 'spatial')
    return 'Sequences like "1234" or "qwerty" are easy to guess. Add a few unusual words.';
  return 'This password is too easy to guess. Add a few unusual words.';
}
