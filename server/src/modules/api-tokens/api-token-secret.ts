import { createHash, randomBytes } from 'node:crypto';

/** Every API token secret starts with this, so secret scanners (and people) recognise a leaked one. */
export const API_TOKEN_PREFIX = 'askb_';

/** For secret scanners' custom patterns (README): the prefix, then 43 base64url characters (256 bits). */
export const API_TOKEN_PATTERN = /^askb_[A-Za-z0-9_-]{43}$/;

/** 256 bits from the OS's CSPRNG behind the recognisable prefix. */
export function generateApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** What the database stores: SHA-256 suffices for a high-entropy secret (nothing to brute-force). */
export function hashApiTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const looksLikeApiTokenSecret = (value: string): boolean => API_TOKEN_PATTERN.test(value);
