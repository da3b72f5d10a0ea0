import { createHash, randomBytes } from 'node:crypto';

export const PASSWORD_RESET_LIFETIME_MS = 30 * 60 * 1000;

/** 256 random bits (the floor is 128), URL-safe: the token travels in the link. Only its hash is stored. */
export function generatePasswordResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashPasswordResetToken(token) };
}

export function hashPasswordResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Anything else cannot be a token we issued: refused without a database look-up. */
export function looksLikePasswordResetToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
