import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

// Loaded on demand (see usePasswordStrength): the common-password dictionary is a few hundred kilobytes, and only
// the forms that set a password need it. The same estimator and dictionary as the server's password rules.
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: 128 });

const compact = (value: string) => value.replace(/[\s._+-]+/g, '');

/** zxcvbn's 0 (trivial) to 4 (strong) for `password`, counting the user's email and name as easy guesses. */
export function passwordScore(password: string, userInputs: string[]): number {
  const lower = userInputs.map((input) => input.trim().toLowerCase());
  // As the server does: "Ada Lovelace" also as "adalovelace", "ada.lovelace@…" also as its parts.
  const inputs = [...lower, ...lower.map(compact), ...lower.flatMap((input) => input.split(/[\s._+@-]+/))];
  return zxcvbn.check(
    password,
    [...new Set(inputs)].filter((input) => input.length >= 3),
  ).score;
}
