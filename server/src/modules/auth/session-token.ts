import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the OS's CSPRNG, URL-safe so it travels in cookies and headers unchanged. */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores and looks up: a leaked table cannot be replayed as cookies. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A token this server could have issued: anything else is rejected before touching the database. */
export function looksLikeSessionToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
