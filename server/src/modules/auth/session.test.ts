import { describe, expect, it } from 'vitest';
import { readSessionCookie, serializeSessionCookie } from './session-cookie';
import { expiryAfterActivity, initialExpiry, LONG_SESSION_MS, SHORT_SESSION_IDLE_MS, shouldTouch } from './session-lifetime';
import { generateSessionToken, hashSessionToken, looksLikeSessionToken } from './session-token';

const now = new Date('2026-01-01T00:00:00Z');

describe('session tokens', () => {
  it('are 256 random bits, URL-safe, and never equal to their hash', () => {
    const token = generateSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(looksLikeSessionToken(token)).toBe(true);
    expect(generateSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects anything this server could not have issued', () => {
    expect(looksLikeSessionToken('short')).toBe(false);
    expect(looksLikeSessionToken(`${'a'.repeat(42)}!`)).toBe(false);
  });
});

describe('session lifetime', () => {
  it('gives remembered sessions 30 days and others 12 idle hours', () => {
    expect(initialExpiry(true, now).getTime() - now.getTime()).toBe(LONG_SESSION_MS);
    expect(initialExpiry(false, now).getTime() - now.getTime()).toBe(SHORT_SESSION_IDLE_MS);
  });

  it('slides only short sessions on activity', () => {
    const later = new Date(now.getTime() + 60 * 60 * 1000);
    const fixedEnd = new Date(now.getTime() + LONG_SESSION_MS);
    expect(expiryAfterActivity({ rememberMe: true, expiresAt: fixedEnd }, later)).toBe(fixedEnd);
    expect(expiryAfterActivity({ rememberMe: false, expiresAt: now }, later).getTime()).toBe(later.getTime() + SHORT_SESSION_IDLE_MS);
  });

  it('writes lastSeenAt at most once a minute', () => {
    expect(shouldTouch(now, new Date(now.getTime() + 59_000))).toBe(false);
    expect(shouldTouch(now, new Date(now.getTime() + 60_000))).toBe(true);
  });
});

describe('session cookie', () => {
  it('is Secure with the __Host- prefix in production', () => {
    const cookie = serializeSessionCookie('t', { secure: true, rememberMe: false });
    expect(cookie).toBe('__Host-askbase_session=t; Path=/; HttpOnly; Secure; SameSite=Lax');
    expect(readSessionCookie('other=1; __Host-askbase_session=t', true)).toBe('t');
    expect(readSessionCookie('askbase_session=t', true)).toBeUndefined();
  });
});
