import { RateLimitedError } from '../../errors/app-error';
import type { RateLimiter } from './rate-limiter';

/** How many attempts a window allows. */
export interface AttemptLimit {
  limit: number;
  windowSeconds: number;
}

/** Counts one attempt under `key`; past the limit, refuses with RATE_LIMITED and when to try again. */
export async function enforceRateLimit(rateLimiter: RateLimiter, key: string, { limit, windowSeconds }: AttemptLimit): Promise<void> {
  const result = await rateLimiter.hit(key, limit, windowSeconds);
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
}
