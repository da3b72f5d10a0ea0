export const LONG_SESSION_MS = 30 * 24 * 60 * 60 * 1000;
export const SHORT_SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not turn every request into a write. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

/** "Remember me" sessions last 30 days from sign-in; others expire after 12 idle hours. */
export function initialExpiry(rememberMe: boolean, now: Date): Date {
  return new Date(now.getTime() + (rememberMe ? LONG_SESSION_MS : SHORT_SESSION_IDLE_MS));
}

/** The expiry after activity at `now`: short sessions slide, long ones keep their fixed end. */
export function expiryAfterActivity(session: { rememberMe: boolean; expiresAt: Date }, now: Date): Date {
  return session.rememberMe ? session.expiresAt : new Date(now.getTime() + SHORT_SESSION_IDLE_MS);
}

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
