import argon2 from 'argon2';
import { LOGIN_PASSWORD_MAX_LENGTH } from './auth.inputs';

// OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 degree of parallelism.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * One budget of password guesses per user for every action that asks for the current password (change it, change
 * the email, delete the account): with a budget each, a stolen session could try three times as many.
 */
export const PASSWORD_CONFIRMATIONS_PER_USER = { limit: 10, windowSeconds: 900 };
export const passwordConfirmationKey = (userId: string) => `passwordConfirmation:user:${userId}`;

/**
 * Whether a password typed to confirm an action (change the password or the email, delete the account) is the
 * account's. Input longer than any password a user could have set is refused without hashing: argon2 over
 * megabytes of input would be a cheap way to spend the server's CPU.
 */
export async function passwordMatches(hash: string, password: string): Promise<boolean> {
  return password.length <= LOGIN_PASSWORD_MAX_LENGTH && verifyPassword(hash, password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for logins with an unknown email: the response time must not tell
 * an attacker which addresses have accounts.
 */
export async function verifyAgainstDummyHash(password: string): Promise<false> {
  dummyHash ??= hashPassword('askbase-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
