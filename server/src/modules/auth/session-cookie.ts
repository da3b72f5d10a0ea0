import { parse, type SerializeOptions, serialize } from 'cookie';
import { looksLikeApiTokenSecret } from '../api-tokens/api-token-secret';
import { LONG_SESSION_MS } from './session-lifetime';

/**
 * In production the cookie is Secure with the `__Host-` prefix: browsers then refuse it from any other host or path
 * and over plain HTTP. Development runs on http://localhost, where Secure cookies would be dropped.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-askbase_session' : 'askbase_session';
}

export function serializeSessionCookie(token: string, options: { secure: boolean; rememberMe: boolean }): string {
  const attributes: SerializeOptions = { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' };
  // Without Max-Age the browser drops a short session when it closes; the server's idle expiry still applies.
  if (options.rememberMe) attributes.maxAge = LONG_SESSION_MS / 1000;
  return serialize(sessionCookieName(options.secure), token, attributes);
}

export function serializeClearedSessionCookie(secure: boolean): string {
  return serialize(sessionCookieName(secure), '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}

export function readSessionCookie(cookieHeader: string | undefined, secure: boolean): string | undefined {
  if (!cookieHeader) return undefined;
  const value = parse(cookieHeader)[sessionCookieName(secure)] || undefined;
  // The cookie carries browser sessions only. An API token travels in the Authorization header, where a browser
  // never adds it by itself; planted in the cookie it would ride every request the browser makes.
  return value && !looksLikeApiTokenSecret(value) ? value : undefined;
}
